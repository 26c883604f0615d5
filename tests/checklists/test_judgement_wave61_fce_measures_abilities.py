"""What an FCE is to measure, told as the worker's abilities, tolerances or limits, or against
the job's demands, is its purpose (OCC-005), found by blind wave 61 (HV/workrehab-02): "Plan:
FCE to define abilities vs CNA demands; then decide RTW full duty vs work conditioning" was
read as no plan, the purpose matched only as restrictions, capacity or a work level, and only
after "define", "determine" and a few other verbs."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 6, 1)


def _plan(text: str) -> str:
    note = _note("n1", "2026-05-26", "S: warehouse picker, L shoulder strain 4/2026. " + text)
    return status(record("97750", note, reason="S43.402A"), "OCC-005", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Plan: FCE to define abilities vs picker demands; then decide RTW full duty vs work "
        "conditioning.",
        "P: order FCE to assess lifting tolerance. Goal: back to full duty by July.",
        "A/P: FCE to objectively measure physical abilities, then work hardening if short.",
        "Plan: functional capacity evaluation to evaluate fitness for duty. RTW goal regular "
        "duty 8/1.",
        "FCE to compare abilities with job demands; transitional duty per employer after.",
        "Plan: FCE will confirm limitations. Goal return to work as picker by August.",
    ],
)
def test_an_fce_measuring_abilities_toward_work_is_its_plan(text: str) -> None:
    assert _plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        # no FCE purpose: the measuring is PT's, or the FCE is declined
        "Plan: PT to assess abilities. Goal: back to full duty by July.",
        "Plan: FCE not needed to assess abilities. Goal: back to full duty by July.",
        # an FCE measuring abilities with nothing toward work
        "P: FCE to assess abilities. Remain off work.",
    ],
)
def test_near_misses_stay_unmet(text: str) -> None:
    assert _plan(text) != "met"
