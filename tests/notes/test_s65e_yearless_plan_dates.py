"""A day written without a year in a plan or a schedule is the next one after the note
(probe class, session s65-e).

"Plan: lap sleeve 9/8" in a February note read as last September's surgery: a yearless day more
than 90 days ahead was anchored before the note (calendar_days), so the plan looked like care had
(plan_dated_past) and the surgery done. A plan or a schedule dates what is to come: its yearless
day is the next one after the note, unless the day just went by (the last 60 days: "f/u after MRI
2/2" written 2/10) or history words date it ("PT started 9/8", "s/p lap band 9/8"). Outside a
plan the old reading stays: "Hx: lap band 9/8" is last September's.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.written_dates import find_dates

_NOTE_DAY = dt.date(2026, 2, 10)


def _days(text: str, ahead: bool = False) -> list[dt.date]:
    return [m.when for m in find_dates(text, _NOTE_DAY, ahead)]


@pytest.mark.parametrize(
    ("text", "ahead", "day"),
    [
        ("lap sleeve 9/8", True, dt.date(2026, 9, 8)),
        ("Surgery scheduled 9/8.", False, dt.date(2026, 9, 8)),
        ("sleeve gastrectomy planned for 9/8", False, dt.date(2026, 9, 8)),
        ("Next visit 6/15 with bariatrics.", False, dt.date(2026, 6, 15)),
        ("OR booked 10/2 w/ Dr. Hale", False, dt.date(2026, 10, 2)),
        ("surgery on Sept 8 per pt preference", True, dt.date(2026, 9, 8)),
        ("RTC after ONO, sleep study 7/14", True, dt.date(2026, 7, 14)),
        ("PT 2x/wk x 6 wks starting 9/8", True, dt.date(2026, 9, 8)),
        ("start PT 9/8", True, dt.date(2026, 9, 8)),
    ],
)
def test_a_yearless_day_in_a_plan_or_schedule_is_ahead(
    text: str, ahead: bool, day: dt.date
) -> None:
    assert _days(text, ahead) == [day], text


@pytest.mark.parametrize(
    ("text", "ahead", "day"),
    [
        ("PT started 9/8", True, dt.date(2025, 9, 8)),
        ("s/p lap band 9/8", True, dt.date(2025, 9, 8)),
        ("f/u after MRI 2/2", True, dt.date(2026, 2, 2)),
        ("Hx: lap band 9/8", False, dt.date(2025, 9, 8)),
        ("continue PT (began 9/8)", True, dt.date(2025, 9, 8)),
        ("seen in clinic 9/8", False, dt.date(2025, 9, 8)),
        ("MRI ordered as planned at the 9/8 visit", False, dt.date(2025, 9, 8)),
    ],
)
def test_a_yearless_day_of_history_stays_before(text: str, ahead: bool, day: dt.date) -> None:
    assert _days(text, ahead) == [day], text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("s/p knee scope 4/1", dt.date(2025, 4, 1)),
        ("PT started 3/20, 2x/wk", dt.date(2025, 3, 20)),
        ("Had ESI 4/15 w/o relief", dt.date(2025, 4, 15)),
        ("PT to be started 3/20", dt.date(2026, 3, 20)),
        ("ESI will be done 4/15", dt.date(2026, 4, 15)),
        ("first visit 3/20", dt.date(2026, 3, 20)),
    ],
)
def test_a_yearless_day_a_deed_done_dates_is_before_the_note(text: str, day: dt.date) -> None:
    # within the 90 days ahead of a February note, where a bare day may be an appointment
    assert _days(text) == [day], text


def test_a_planned_surgery_dated_months_ahead_stays_a_plan() -> None:
    found = find_findings([NoteInput("D/1", "Plan: lap sleeve 9/8", date=_NOTE_DAY)])
    plans = [f for f in found if f.concept == "bariatric-plan"]
    assert plans and all(f.when is None for f in plans)
    assert all(dt.date(2025, 9, 8) not in f.dates for f in found)
