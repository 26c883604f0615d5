"""Weeks of care written first in brackets, then how often or how many visits: "Chiropractic
daily note #6 (3 wks, 2x/wk)" is three weeks of chiropractic up to the note (blind wave 69,
JD/advanced-imaging-lumbar-mri-02: read as one day, the chiropractic begun after the 2/24
referral went uncounted). Only a frequency or a count of visits may follow the weeks: a
follow-up's interval ("RTC (6 wks, 2x/wk)") or a bracket's other remark is no course."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_durations

_DAY = dt.date(2026, 3, 17)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Chiropractic daily note #6 (3 wks, 2x/wk): lumbar adjustments, soft tissue.", 21),
        ("PT progress note (6 wks; 12 visits): core stab.", 42),
        ("chiro (4 weeks, 2-3x/week) - adjustments", 28),
        ("PT daily note ( 5 wk , 3x/wk ): McKenzie", 35),
        ("Chiropractic tx note (~3 wks, 6 visits)", 21),
        ("Physical therapy visit #9 (6 weeks, 9 sessions)", 42),
        ("OT note (2 mos, 2 x per wk)", 60),
        ("chiro visit (3wks, 2x a week): adjustments", 21),
    ],
)
def test_weeks_first_in_a_bracket_with_visits_are_a_course(text: str, days: int) -> None:
    assert max((d.days for d in find_durations(text, _DAY)), default=None) == days


@pytest.mark.parametrize(
    "text",
    [
        "RTC (6 wks, 2x/wk)",  # a follow-up's interval
        "f/u (4 wks, 2 visits)",
        "knee pain (2 wks, then f/u)",  # the bracket's other remark: not a count of visits
        "PT (3 wks, declined)",
        "chiro (as needed, 2x/wk)",  # no weeks
    ],
)
def test_no_course_in_other_brackets(text: str) -> None:
    assert find_durations(text, _DAY) == []
