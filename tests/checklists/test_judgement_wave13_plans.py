"""Blind wave 13's bariatric plan class: the procedure written by its everyday names and codes
('Plan lap sleeve 43775 if approved, f/u POD 10, 6wk, 3/6/12 mo'), its follow-up schedule no
date, an option left open no plan (AP/bar-04)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.written_dates import find_dates

from .test_judgement import _note, record, status


def _bariatric(text: str) -> str:
    bundle = record("43775", _note("n1", "2026-02-20", text), reason="E66.01")
    return status(bundle, "BAR-007")["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "Plan lap sleeve 43775 if approved, f/u POD 10, 6wk, 3/6/12 mo, annual labs.",
        "A/P: proceed with laparoscopic sleeve (CPT 43775); post-op visits 2 wk, 3, 6, 12 mo.",
        "Plan: robotic sleeve, then bariatric clinic follow-up at 1, 3, 6 and 12 months.",
        "Plan: vertical sleeve in March; RD follow-up after surgery.",
        "Plan: 43644 with post-op program visits.",
        "Plan: lap RNY; post-op visits 2 wk, 6 wk, 3 mo.",
        "Plan: SADI-S, bariatric follow-up lifelong.",
    ],
)
def test_the_bariatric_plan_by_its_everyday_names_and_codes(plan: str) -> None:
    assert _bariatric(plan) == "met"


@pytest.mark.parametrize(
    "text",
    [
        # Not a bariatric plan: another sleeve, a code that is no bariatric procedure, a number.
        "Plan: knee compression sleeve, PT 2x/wk x 6 wks.",
        "Plan: 99214 follow-up visit, labs.",
        "Weight 243.775 lb. Plan: diet diary.",
        # Not yet a plan: an option left open.
        "May consider a lap sleeve in the future if diet fails.",
    ],
)
def test_what_is_no_bariatric_plan(text: str) -> None:
    assert _bariatric(text) != "met"


def test_a_follow_up_schedule_is_no_date() -> None:
    # "f/u 3/6/12 mo" dated the bariatric plan March 2012, outside its 90 days.
    note_day = date(2026, 5, 27)
    assert find_dates("f/u POD 10, 6wk, 3/6/12 mo, annual labs", note_day) == []
    assert find_dates("visits at 1/3/6-month marks", note_day) == []
    assert [m.when for m in find_dates("seen 3/6/12 in clinic", note_day)] == [date(2012, 3, 6)]
