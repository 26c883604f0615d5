"""A range whose first day is written without a year: "PT 1/5-2/13/26" takes its year from the
dated end, "PT 2x/wk 2/5-3/20" has no year at either end and is anchored to the note, and
"4/5-5/5" strength or "3/10-7/10" pain are scores, not days (written_dates.py reads the dates).
Two months with their years cut to two digits ("PT 10/25-12/25", "since 9/25") are months when
that is the plain reading (:func:`month_year_ranges`, :func:`month_year_start`).
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .calendar_days import _year, _yearless, latest_on_or_before, safe_date

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


#: Two months with their years cut to two digits, as history lines date courses: "2nd round
#: 10/25-12/25 (12 visits)", "post-op 5/25 to 8/25" (blind wave 84, LK/occ-03: read as days, and
#: the course as May 25 to August 25). The same characters may be days without a year
#: ("10/25-10/28", "5/25 to 5/30"): :func:`month_year_ranges` decides.
_MONTH_YEAR_PAIR = lazy_re.compile(
    r"(?<![/\d.])\b(\d{1,2})/(\d{2})\s*(?:[-–—]|\b(?:to|through|thru|until|till)\b)\s*"
    r"(\d{1,2})/(\d{2})\b(?![/\d])",
    re.IGNORECASE,
)
#: "last year" in the statement: months of last year are what it dates ("Two rounds of PT last
#: year - 5/25 to 8/25"), even where a yearless day would read as this year's.
_LAST_YEAR = lazy_re.compile(r"\blast\s+year\b", re.IGNORECASE)
#: A start word right before a lone month: "since 9/25", "from 5/25", "started 10/25", the care
#: a start verb's may name between ("started PT 10/25", "began meloxicam in 9/25").
_START_BEFORE = lazy_re.compile(
    r"(?:\b(?:since|from)|\b(?:start(?:ed|ing)?|began|begun|initiated)(?:\s+[a-z][\w/-]*){0,2}?)"
    r"(?:\s+(?:in|on|around|about))?\s+(?:~\s*)?$",
    re.IGNORECASE,
)


def _month_of(month: int, year: str, note_date: dt.date) -> dt.date | None:
    """The first day of ``month`` of 20``year``, when that month has begun by the note."""
    if not 1 <= month <= 12:
        return None
    first = dt.date(2000 + int(year), month, 1)
    return first if first <= note_date else None


def _past_day(month: int, day: int, note_date: dt.date) -> dt.date | None:
    """The day a yearless "M/D" is read as when it dates something done: the note's reading,
    moved back a year when that one is still to come (month_parts.yearless_day)."""
    when = _yearless(month, day, note_date)
    return latest_on_or_before(month, day, note_date) if when and when > note_date else when


def month_year_ranges(
    text: str, note_date: dt.date | None
) -> list[tuple[tuple[int, int, dt.date], tuple[int, int, dt.date]]]:
    """Each "M/YY-M/YY" of ``text`` read as two months: ((start, end, first day) of each end).
    Only when that reading is the plain one: both months begun by the note, the first before
    the second, and each month in the year its yearless day would be read in anyway ("5/25 to
    8/25" in January 2026: May-August 2025 either way, the months the days are in), or the
    statement says "last year" and both are last year's. "10/25-10/28" (October 2028, ahead)
    and "5/25 to 5/30" stay days; so does "3/24-4/24" in 2026, this spring's days or the spring
    of 2024: nothing says which, and days keep what was read before."""
    if note_date is None:
        return []
    out = []
    last_year = bool(_LAST_YEAR.search(text))
    for pair in _MONTH_YEAR_PAIR.finditer(text):
        m1, y1, m2, y2 = (int(g) for g in pair.groups())
        first, last = _month_of(m1, pair[2], note_date), _month_of(m2, pair[4], note_date)
        if first is None or last is None or first >= last:
            continue
        end_day = _yearless(m2, y2, note_date)
        start_day = safe_date(end_day.year - (m1 > m2), m1, y1) if end_day else None
        agree = start_day is not None and (start_day.year, end_day.year) == (first.year, last.year)
        said = last_year and first.year == last.year == note_date.year - 1
        if agree or said:
            out.append(((pair.start(1), pair.end(2), first), (pair.start(3), pair.end(4), last)))
    return out


def month_year_start(
    text: str, at: int, month: int, year: int, note_date: dt.date | None
) -> dt.date | None:
    """The month a lone "M/YY" at ``at`` names when a start word comes right before it, only
    where its day cannot be meant: in the note's own month with that day still to come ("HEP
    since 1/26" on 12 January 2026: January, not a year back), or last year's month when the
    words say "last year" and the day would be read in another year. Where the day and the
    month fall in the same month ("since 9/25" in January 2026, "PT started 5/26 (eval)" in
    June 2026) the day stays: the later start, the safe one for "at least N days" (brief s73-e's
    first try read the month: JS/advanced-imaging-lumbar-mri-03's ten days of PT from 5/26 made
    seven weeks from 1 May)."""
    if note_date is None or year > 99 or not _START_BEFORE.search(text, max(0, at - 30), at):
        return None
    first = _month_of(month, f"{year:02d}", note_date)
    if first is None:
        return None
    day = _past_day(month, year, note_date)
    if day is not None and day.year == first.year:
        return None  # the day is a reading of its own, in that very month
    own_month = (first.year, first.month) == (note_date.year, note_date.month)
    said = bool(_LAST_YEAR.search(text)) and first.year == note_date.year - 1
    return first if own_month or said else None
