"""A range whose first day is written without a year: "PT 1/5-2/13/26" takes its year from the
dated end, "PT 2x/wk 2/5-3/20" has no year at either end and is anchored to the note, and
"4/5-5/5" strength or "3/10-7/10" pain are scores, not days (written_dates.py reads the dates).
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .calendar_days import _year, _yearless, safe_date

#: The dated end of a range whose start has no year: "PT 1/5-2/13/26" (blind wave 15, AY/inj-01).
_RANGE_END = lazy_re.compile(
    r"(?:[-–]|\s+(?:to|through|thru)\s+)(\d{1,2})/(\d{1,2})/(\d{2,4})\b(?![/\d])"
)


#: Two yearless days joined by a dash: "PT 2x/wk 2/5-3/20" (blind wave 17, BH/aim-01).
_YEARLESS_PAIR = lazy_re.compile(r"(?<![/\d])(\d{1,2})/(\d{1,2})[-–](\d{1,2})/(\d{1,2})\b(?![/\d])")


def _is_score(month: str, day: str) -> bool:
    """ "4/5" strength or "7/10" pain, as a yearless day would also read."""
    return int(day) in (5, 10) and int(month) <= int(day)


def _yearless_ranges(text: str) -> dict[int, re.Match[str]]:
    """Where each day of a yearless range starts → the range: "2/5-3/20" is a range because
    "3/20" cannot be a score; "4/5-5/5" strength and "3/10-7/10" pain are scores."""
    out = {}
    for pair in _YEARLESS_PAIR.finditer(text):
        first, second = pair.group(1, 2), pair.group(3, 4)
        if not (_is_score(*first) and _is_score(*second)):
            out[pair.start()] = out[pair.start(3)] = pair
    return out


def _range_start(
    match: re.Match[str], text: str, note_date: dt.date | None, pair: re.Match[str] | None
) -> dt.date | None:
    """The first day of "1/5-2/13/26": a yearless "M/D" (else a strength score like "1/5") with
    a dated day after it, in that day's year (the one before when its month comes earlier), and
    on or before it. With ``pair`` starting at it ("2/5-3/20"), the day after it has no year
    either and is anchored to the note as any yearless day is."""
    if not match.group(4) or match.group(6):
        return None
    end = _RANGE_END.match(text, match.end())
    if end is not None:
        last = safe_date(_year(end.group(3), 0), int(end.group(1)), int(end.group(2)))
    elif pair is not None and pair.start() == match.start() and note_date is not None:
        last = _yearless(int(pair.group(3)), int(pair.group(4)), note_date)
    else:
        return None
    if last is None:
        return None
    month, day = int(match.group(4)), int(match.group(5))
    first = safe_date(last.year - (month > last.month), month, day)
    return first if first is not None and first <= last else None


#: How many years before the note a study night's two-digit year may be and still win over a
#: yearless range the same characters make.
_NIGHT_YEARS = 3


def range_not_night(
    night: re.Match[str], when: dt.date, pairs: dict[int, re.Match[str]], note_date: dt.date | None
) -> bool:
    """Whether "3/3-4/14" is PT from March 3 to April 14, not the night of March 3-4 2014: the
    same characters make both ("5/9-10/26" is a sleep study's night), and a night years before
    the note is far less likely than a yearless range of this year's care (blind wave 54,
    GV/lmri-02: "Pt completed PT 3/3-4/14 (12 visits)" on 4/23/26 was dated 2014, outside the
    3 months). A night in the note's last few years is still a night."""
    pair = pairs.get(night.start())
    if note_date is None or pair is None or pair.end() != night.end():
        return False
    if note_date.year - _NIGHT_YEARS <= when.year <= note_date.year:
        return False
    last = _yearless(int(pair.group(3)), int(pair.group(4)), note_date)
    return last is not None and last <= note_date
