"""A visit numbered against its course's total counts the visits held (brief s82-visits): "PT
visit 18/18" and "visit 12 of 12" are eighteen and twelve visits, where "18/18" was read as one
visit listed by a day (blind wave 97, NK/occ-02). "visit 1/12" is one visit of a plan of twelve;
a count set or to come ("authorized", "scheduled"), one above its total and a dated visit
("office visit 3/12") count no course; "Visit 3/12 authorized" stays what s80-time made it.
Also the length of a course read at a weekly rate (durations.course_days)."""

from __future__ import annotations

import pytest

from smartapp.notes.durations import course_days
from smartapp.notes.session_counts import session_count
from smartapp.notes.visit_numbers import numbered_visits


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Late entry for 6/26: PT visit 18/18. R shoulder flex 150.", 18),
        ("PT: visit 12 of 12, d/c to HEP.", 12),
        ("Visit 12 of 12 today.", 12),
        ("tx #10 of 10 completed", 10),
        ("Session 6 out of 6.", 6),
        ("Completed 18 PT visits.", 18),
        ("18 sessions of PT, plateaued", 18),
        ("PT daily note visit 9/12: ther ex", 9),
    ],
)
def test_a_numbered_visit_counts_the_visits_held(text: str, count: int) -> None:
    assert session_count(text) == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("PT visit 1/12 today.", 1),  # a plan of twelve, one done
        ("Attended 3 of 18 visits.", 3),  # three held
        ("Authorized 18 visits.", 0),
        ("18 visits scheduled.", 0),
        ("Visit 12 of 12 scheduled for 7/2.", 0),  # still to come
        ("Visit 3/12 authorized.", 1),  # s80-time's counter: as before
        ("Office visit 3/12: knee pain.", 1),  # a day, listed as before
        ("Cancelled visit 5 of 12.", 0),
    ],
)
def test_near_misses_count_no_course(text: str, count: int) -> None:
    assert session_count(text) == count


def test_numbered_visits_read_where_they_stand() -> None:
    assert numbered_visits("PT visit 18/18.") == [(9, 14, 18)]
    assert numbered_visits("visit 13 of 12") == []  # above its total
    assert numbered_visits("last visit 3/12") == []  # a day
    assert numbered_visits("seen 3/12") == []


def test_a_course_length_at_its_rate() -> None:
    assert course_days(18, 3) == 42  # six weeks
    assert course_days(12, 2) == 42
    assert course_days(6, 1) == 42
