"""A course of care whose only date is a month written without its day, and whose weeks fit in
that month: "meloxicam x 2 wks in Sept (stopped - GI upset)".

The note says the two weeks ran some time in September, not that they began on the 1st. Read
from the 1st, they reached back before PT begun on 9/14 and joined it into six weeks of care
that the note does not document: PT 9/14 to 10/13 is four weeks, and a two-week NSAID trial
that may have run beside it adds none for certain (blind wave 32, DN/aim-03: "under 6 weeks of
conservative care"). The weeks are placed as late in the month as they can end (never past the
note), as a course dated by a bare year or season is (care_parts.OwnWords.year_only: "Failed PT
2025 (8 wks)"). Weeks longer than the month ("x 6 wks in Sept") are not placed inside it: they
run from the month as written. A month the care started in ("since Sept", "started in Sept")
is no such period: that course runs from it to the note.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from ..notes.durations import find_dates, find_durations
from .care_parts import _MONTH_ONLY, _SINCE_WORD

#: The word a month is written after, which the date found keeps ("in Sept", "during March").
_BEFORE_MONTH = re.compile(r"^(?:in|during|around|about|of)\s+", re.IGNORECASE)


def month_only(text: str, note_date: date | None, days: int) -> tuple[date, date] | None:
    """The first and last day (never past the note) of the one month ``text`` (the care's own
    words) dates the care by, written without its day, when ``days`` of care fit in it; None
    otherwise (a day written, two months, a start month, or weeks longer than the month)."""
    found = find_dates(text, note_date)
    if not found or not all(_MONTH_ONLY.fullmatch(_bare(text[m.start : m.end])) for m in found):
        return None
    started = [d for d in find_durations(text, note_date) if _SINCE_WORD.match(text, d.start)]
    if any(d.start <= m.start < d.end for m in found for d in started):
        return None  # "naproxen since Sept": from the month to the note
    months = {(m.when.year, m.when.month) for m in found}
    if len(months) != 1:
        return None
    year, month = months.pop()
    first, last = date(year, month, 1), date(year, month, monthrange(year, month)[1])
    if note_date is not None:
        last = min(last, note_date)
    if last < first or days > (last - first).days:
        return None
    return first, last


def _bare(written: str) -> str:
    return _BEFORE_MONTH.sub("", written.strip())
