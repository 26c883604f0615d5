"""A visit count followed by its visits is a count, not a day (noticed in the code, session
s65b-noticed).

written_dates read a yearless "N/M" as a day unless visit_numbers.visit_count knew it for a
visit's number, which it did only after "visit", a therapy or a heading: "Completed PT 6 wks,
11/12 visits" of a note of February read as November 12, which can start a course months before
it began. A day is not followed by its visits' plural; a count is ("11 of 12 visits").
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.visit_numbers import numbered_visits
from smartapp.notes.written_dates import find_dates

_NOTE_DAY = dt.date(2026, 2, 20)


def _days(text: str) -> list[str]:
    return [text[m.start : m.end] for m in find_dates(text, _NOTE_DAY)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Completed PT 6 wks, 11/12 visits, no improvement.", "11/12"),
        ("PT: attended 3/12 visits then stopped.", "3/12"),
        ("PT 11/12 sessions completed, HEP.", "11/12"),
        ("Outside PT records: 8/10 PT visits, plateaued.", "8/10"),
        ("PT course 12/2025-1/2026: 11/12 visits attended.", "11/12"),
    ],
)
def test_a_count_of_visits_is_no_day(text: str, count: str) -> None:
    assert count not in _days(text), text
    assert any(text[start:end] == count for start, end, _ in numbered_visits(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Seen 11/12 for f/u.",
        "PT started 11/12, visits 2x/wk.",
        "PT eval 11/12, 12 visits authorized.",
        "Office visit 11/12: LBP worse.",
        "Seen 11/12; visits since then monthly.",
    ],
)
def test_a_day_before_other_words_stays_a_day(text: str) -> None:
    assert "11/12" in _days(text), text
