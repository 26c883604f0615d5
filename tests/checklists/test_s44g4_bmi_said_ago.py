"""A BMI its own clause dates months or years back ("BMI 43 at a prior practice about 2 years
ago") is a reading of then, not of the note's day (phrasing grid s44, BAR-001): dated by its
note, a two-year-old BMI met a bariatric request's 12-month BMI item (NIH consensus criteria as
the checklist cites them). A BMI followed by another value's "ago" keeps its note's day.
"""

from __future__ import annotations

from .test_judgement import _note, record, status


def _bar001(text: str) -> str:
    bundle = record("43775", _note("n1", "2026-02-20", text), reason="E66.01")
    return status(bundle, "BAR-001")["status"]


def test_a_bmi_said_to_be_from_years_ago_is_not_this_year_s() -> None:
    old = "BMI 43 measured at a prior practice about 2 years ago; not weighed today."
    assert _bar001(old) != "met"
    assert _bar001("BMI 43 measured at a prior practice 5 months ago.") == "met"


def test_a_bmi_today_beside_an_older_value_s_ago_is_today_s() -> None:
    assert _bar001("BMI 43 today, up from 39 two years ago.") == "met"
