"""Visits counted up to the day a course ended span at least that many days (blind wave 55,
GY/wr-03).

"Completed 24 PT visits post-op (through 2/20/26)" was read as one day of PT, 2/20, "0 days" of
the 21 a completed course of acute therapy asks for. Visits are held one a day at most, so 24 of
them up to 2/20 ran 23 days at least. Since brief s82-visits a count of visits is also read at a
usual rate, three a week (checklists/visit_courses.py), the longer of the two: 12 sessions are
four weeks, and the course too short for three weeks is now one of 8 sessions (18 days).
"""

from __future__ import annotations

import pytest

from .test_s51a_ticked_care_box import _occ

_INJURY = "Work injury L knee 9/2/25 at warehouse."


@pytest.mark.parametrize(
    "course",
    [
        "Finished 30 PT sessions after the meniscectomy (through 2/13/26).",
        "PT post-op: 28 visits, completed 2/13/26.",
        "Finished 12 PT sessions after the meniscectomy (through 2/13/26).",  # 4 wks at 3/wk
    ],
)
def test_visits_counted_up_to_the_day_a_course_ended_span_that_many_days(course: str) -> None:
    note = ("2026-02-24", f"{_INJURY} {course} Cannot squat; off work.")
    assert _occ(note) == "met"


@pytest.mark.parametrize(
    "course",
    [
        # Too few visits for three weeks, even at three a week.
        "Finished 8 PT sessions after the meniscectomy (through 2/13/26).",
        # The date is when a relief ended, not the course.
        "30 PT sessions, helped through 2/13/26.",
    ],
)
def test_few_visits_or_a_reliefs_date_make_no_longer_course(course: str) -> None:
    note = ("2026-02-24", f"{_INJURY} {course} Cannot squat; off work.")
    assert _occ(note) != "met"
