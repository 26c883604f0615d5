"""A month written alone ("f/u in March", "recheck Feb") that falls in the 90 days after its note:
the reading written_dates.find_dates gives today, pinned (brief s78-night).

Fix sessions noticed that such a month is read as an appointment in some places and as a past
date in others. The corpus mistake list of stop 58's end (whole corpus, 7b84fb92) holds no case
whose judgement turns on it, so nothing is changed: these tests pin the reading as it is.

- After "in" (or a month part, or in brackets) the month is the one within 90 days ahead of the
  note when there is one (calendar_days._yearless), whatever the words before it: "f/u in March"
  written in January is this March, written in December next March.
- Further than 90 days ahead, it is the last such month on or before the note ("Seen in Dec."
  in a May note), unless planning words look ahead to it ("scheduled", "next": month_parts.AHEAD).
- A month with no "in" and no part before it ("Recheck Feb.") is no date at all.
- A past deed in a month just ahead ("PT in March, no help." written in January) is last March
  (brief s80-time: month_tense.py reads the clause's history and outcome words; it was an
  expected failure until then).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates

JANUARY = dt.date(2026, 1, 15)
DECEMBER = dt.date(2026, 12, 10)
MAY = dt.date(2026, 5, 20)


def _days(text: str, note_date: dt.date) -> list[dt.date]:
    return [m.when for m in find_dates(text, note_date)]


@pytest.mark.parametrize(
    ("text", "note_date", "day"),
    [
        # within 90 days ahead: the appointment's month
        ("f/u in March.", JANUARY, dt.date(2026, 3, 1)),
        ("RTC in March.", JANUARY, dt.date(2026, 3, 1)),
        ("Plan: repeat injection in March.", JANUARY, dt.date(2026, 3, 1)),
        ("next visit in Feb", JANUARY, dt.date(2026, 2, 1)),
        ("f/u mid-Feb", JANUARY, dt.date(2026, 2, 15)),
        ("f/u in March.", DECEMBER, dt.date(2027, 3, 1)),
        ("Return in early March.", DECEMBER, dt.date(2027, 3, 1)),
        # more than 90 days ahead: the last one gone by, unless planning words look ahead
        ("f/u in March.", MAY, dt.date(2026, 3, 1)),
        ("Seen in Dec.", MAY, dt.date(2025, 12, 1)),
        ("Seen in Dec.", JANUARY, dt.date(2025, 12, 1)),
        ("Surgery scheduled in March.", MAY, dt.date(2027, 3, 1)),
        ("next visit in Feb", MAY, dt.date(2027, 2, 1)),
    ],
)
def test_a_month_alone_is_read_as_today(text: str, note_date: dt.date, day: dt.date) -> None:
    assert _days(text, note_date) == [day]


@pytest.mark.parametrize("text", ["Recheck Feb.", "f/u Feb", "RTC March"])
def test_a_month_with_no_in_before_it_is_no_date(text: str) -> None:
    assert _days(text, JANUARY) == []


def test_a_past_deed_in_a_month_just_ahead_is_last_years() -> None:
    assert _days("PT in March, no help.", JANUARY) == [dt.date(2025, 3, 1)]
