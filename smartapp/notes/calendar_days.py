"""Days from the numbers a note writes: a day that may not exist ("2/30"), a two-digit year, a
"M/D/YY" date, and a day written without a year anchored to the note's date (an appointment in
the next 90 days, else the latest such day on or before the note; in a plan or a schedule the next
one after the note). The dates those numbers are read from are written_dates.py.
"""

from __future__ import annotations

import datetime as dt
from calendar import monthrange


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def months_on(day: dt.date, months: int) -> dt.date:
    """``day`` moved ``months`` calendar months (negative: back), on the month's last day
    when it has no such day (8/31 + 3 months = 11/30)."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def _year(text: str | None, default: int) -> int:
    if not text:
        return default
    value = int(text)
    return value + 2000 if value < 100 else value


def numeric_date(text: str, default_year: int | None = None) -> dt.date | None:
    """ "3/2/26" or "03/02/2026" → that day; "3/2" only with ``default_year``; else None."""
    parts = text.split("/")
    if len(parts) not in (2, 3) or not all(part.isdigit() for part in parts):
        return None
    year = _year(parts[2], 0) if len(parts) == 3 else default_year
    return safe_date(year, int(parts[0]), int(parts[1])) if year is not None else None


def latest_on_or_before(month: int, day: int, note_date: dt.date) -> dt.date | None:
    when = safe_date(note_date.year, month, day)
    if when and when > note_date:
        when = safe_date(note_date.year - 1, month, day)
    return when


def _yearless(month: int, day: int, note_date: dt.date) -> dt.date | None:
    """A day written without a year: in the next 90 days it is an appointment ("first visit
    1/27"), otherwise the latest such day on or before the note."""
    this_year = safe_date(note_date.year, month, day)
    if this_year and note_date < this_year <= note_date + dt.timedelta(days=90):
        return this_year
    next_year = safe_date(note_date.year + 1, month, day)
    if next_year and next_year <= note_date + dt.timedelta(days=90):
        return next_year
    return latest_on_or_before(month, day, note_date)


#: How lately a yearless day in a plan may have gone by and still be the one it means: "f/u after
#: MRI 2/2" written 2/10 names the MRI just had, not one next February.
_JUST_PAST = dt.timedelta(days=60)


def yearless_ahead(month: int, day: int, note_date: dt.date) -> dt.date | None:
    """A day written without a year in a plan or a schedule ("Plan: lap sleeve 9/8" in a February
    note, s65-e): a plan dates what is to come, so the next such day after the note, however far
    ahead; one gone by in the last 60 days stays that one."""
    last = latest_on_or_before(month, day, note_date)
    if last is not None and note_date - last <= _JUST_PAST:
        return last
    for year in (note_date.year, note_date.year + 1):
        when = safe_date(year, month, day)
        if when is not None and when > note_date:
            return when
    return _yearless(month, day, note_date)
