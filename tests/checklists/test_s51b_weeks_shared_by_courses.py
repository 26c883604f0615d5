"""Weeks written once for care had twice (blind wave 55, GY/sh-02): "PT x 12 wks (2024, again
fall 2025)" names the course and its weeks, then when it was had. The words after "again" were
read as the latest course's with no time of their own but the season, so the fall course was
one day and three months of care fell short; the weeks written before the courses' times are
each course's.
"""

from __future__ import annotations

from .test_judgement import _note, record, status


def _shoulder(text: str) -> str:
    """TSA-002 (3 months of care in 365 days) for a reverse shoulder arthroplasty, as of
    2026-03-01."""
    bundle = record("23472", _note("n1", "2026-02-25", text), reason="M19.011")
    return status(bundle, "TSA-002")["status"]


def test_weeks_before_the_times_are_the_later_course_s_too():
    for text in (
        "R shoulder OA. Did PT x 12 wks (2023, again fall 2025), meloxicam stopped.",
        "R shoulder OA. PT for 12 weeks (2022 and again in fall 2025).",
    ):
        assert _shoulder(text) == "met", text


def test_the_later_course_s_own_weeks_still_win():
    # "again fall 2025 x 2 wks": two weeks, whatever the first course took.
    assert _shoulder("R shoulder OA. PT x 12 wks (2023, again fall 2025 x 2 wks).") != "met"


def test_shared_weeks_do_not_bring_an_old_course_into_the_window():
    assert _shoulder("R shoulder OA. PT x 12 wks (2021, again spring 2024).") != "met"
