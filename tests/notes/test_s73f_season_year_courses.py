"""A course told by a season or month with its year and a length of its own (brief s73-f, blind
wave 84 LK/sps-02: "PT x 2 courses (spring 2025, 12 wks; winter 2026, 8 wks), chiro, ..."):
the length after a comma is the course's (notes/dated_courses.py), a list of such courses is
not cut at its semicolons (statement_cuts.py), and a season's two-digit year is that year
(written_dates.py). Near misses keep their reading: a time after an event, a season with no
year, an item with care of its own after the semicolon."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.dated_courses import course_items
from smartapp.notes.durations import find_dates, find_durations
from smartapp.notes.segments import segment

JUNE = date(2026, 6, 22)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("PT winter 2026, 8 wks", 56),
        ("PT x 2 courses (spring 2025, 12 wks; winter 2026, 8 wks)", 84),
        ("chiro Jan 2026, 6 weeks.", 42),
        ("PT fall 2025, 10 wks; HEP", 70),
        ("PT summer of 2025, 2 months", 60),
    ],
)
def test_a_length_after_a_season_or_month_and_a_comma_is_the_course_s(text: str, days: int) -> None:
    assert max(d.days for d in find_durations(text, JUNE)) == days, text


@pytest.mark.parametrize(
    "text",
    [
        "TKA fall 2025, 2 wks post-op",  # a time after an event, no course's length
        "PT started Jan 2026, 8 wks ago",  # ago: read as such elsewhere, not as a course
        "PT planned for winter, 8 wks",  # a season with no year
        "winter 2026: not started",  # no length at all
    ],
)
def test_no_course_length_the_words_do_not_give(text: str) -> None:
    from smartapp.notes.dated_courses import comma_lengths

    assert comma_lengths(text) == [], text


def test_each_item_keeps_its_own_season_and_length() -> None:
    items = course_items("PT x 2 courses (spring 2025, 12 wks; winter 2026, 8 wks)")
    assert [(period, days) for _s, _e, period, days in items] == [
        ((date(2025, 3, 1), date(2025, 5, 31)), 84),
        # winter 2026: the winter whose January is in 2026 (seasons.season_days)
        ((date(2025, 12, 1), date(2026, 2, 28)), 56),
    ]


@pytest.mark.parametrize(
    ("text", "period", "days"),
    [
        ("PT spring '25 x 12 wks", (date(2025, 3, 1), date(2025, 5, 31)), 84),
        ("PT fall 2025 (6 wks)", (date(2025, 9, 1), date(2025, 11, 30)), 42),
        ("PT Jan 2026 x 8 weeks", (date(2026, 1, 1), date(2026, 1, 31)), 56),
        ("PT summer of 2025 for 2 months", (date(2025, 6, 1), date(2025, 8, 31)), 60),
        ("PT winter of 2026 - 8 wks", (date(2025, 12, 1), date(2026, 2, 28)), 56),
    ],
)
def test_the_wordings_of_one_dated_course(text: str, period: tuple[date, date], days: int) -> None:
    assert [(p, d) for _s, _e, p, d in course_items(text)] == [(period, days)], text


def test_a_season_s_two_digit_year_is_that_year() -> None:
    assert [m.when for m in find_dates("PT spring '25 x 12 wks", JUNE)] == [date(2025, 1, 1)]


def _statements(text: str) -> list[str]:
    return [s.text.strip() for s in segment(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Nonop: PT x 2 courses (spring 2025, 12 wks; winter 2026, 8 wks), chiro, NSAIDs.",
        "PT: spring 2025, 12 wks; winter 2026, 8 wks.",
        "PT x 2 (fall 2025 x 6 wks; Jan 2026 x 8 weeks), HEP daily.",
    ],
)
def test_a_list_of_courses_stays_with_its_care(text: str) -> None:
    assert len(_statements(text)) == 1, _statements(text)


@pytest.mark.parametrize(
    "text",
    [
        "PT x 6 wks; Jan 2026 x 8 weeks naproxen, no relief.",  # the item names its own care
        "PT x 6 wks; winter 2026: not started.",  # no length: no course
        "PT x 6 wks; Naproxen since 3/2026.",
    ],
)
def test_a_semicolon_before_anything_else_still_cuts(text: str) -> None:
    assert len(_statements(text)) == 2, _statements(text)
