"""A therapy visit numbered against its course is no date (lead's class at s65-j, noticed by
s65-f): "PT visit 3/18" (visit 3 of 18) read as March 18, which in a note of another day dated
the therapy months off (visit_numbers.py). A visit told as past or to come, a clinic's visit, an
evaluation's day or a count larger than its total stays a day."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates

NOTE_DAY = dt.date(2026, 2, 20)


def _days(text: str, day: dt.date = NOTE_DAY) -> list[dt.date]:
    return [m.when for m in find_dates(text, day)]


@pytest.mark.parametrize(
    "text",
    [
        "PT visit 3/18: ther ex, manual",
        "PT Daily Note - Visit 3/18",
        "OT visit #5/12. Pt tolerated well.",
        "PT tx visit 7/20 - LBP 4/10",
        "Physical therapy session 4/16",
        "PT 3/18 - daily note",
        "OT 6/12 daily note\nS: R shoulder sore",
        "Daily note (visit 7/12)",
        "Chiro visit #2/12",
    ],
)
def test_a_visits_number_is_no_day(text: str) -> None:
    assert not _days(text), text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Last PT visit 1/18, none since", dt.date(2026, 1, 18)),
        ("next PT visit 3/18", dt.date(2026, 3, 18)),
        ("Office visit 1/15 for LBP", dt.date(2026, 1, 15)),
        ("PT eval 1/18", dt.date(2026, 1, 18)),
        ("PT visit 12/5", dt.date(2025, 12, 5)),  # 12 of 5 is no count
        ("Seen in PT 1/18 for LBP", dt.date(2026, 1, 18)),
    ],
)
def test_a_day_stays_a_day(text: str, day: dt.date) -> None:
    assert day in _days(text), text


def test_the_notes_own_day_stays_its_day() -> None:
    # A daily note of 3/18 that writes its own day after "PT visit" keeps it.
    assert dt.date(2026, 3, 18) in _days("PT visit 3/18", dt.date(2026, 3, 18))
