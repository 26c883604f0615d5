"""Dates written in note text: "3/2/26", "March 3, 2026", "2026-03-02", "Mar 2026", "last
March", "Sept-Nov 2025", a study night "5/9-10/26", a bare year ("WC claim 2019") and a range of
years ("naproxen BID 2024-2025", "x 9 mos 2024-25": :mod:`.year_ranges`), and months with their
years cut to two digits ("PT 10/25-12/25", "since 9/25": :mod:`.yearless_ranges`); months
without a year ("last March", "PT 6 wks Sep-Oct") are :mod:`.yearless_months`'.

Regular expressions, not NLP: the phrasing is formulaic and a regex is exact about offsets. A date
written without a year is anchored to the note's date (calendar_days.py).
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .calendar_days import _year, safe_date

# The date shapes live in date_patterns.py; callers import them from here (re-exported).
from .date_patterns import (
    _MONTH,
    DATE,
    MONTHS,
    DateMention,
    parse_date_match,
)
from .date_patterns import MONTH_PATTERN as MONTH_PATTERN
from .date_patterns import TO_NOW as TO_NOW
from .month_parts import (
    RANGE_END_PART,
    RANGE_PART,
    month_part_day,
    range_start_day,
    started_part,
    year_part_day,
    yearless_day,
)
from .pap_pressures import pap_pressure
from .score_marks import is_score
from .seasons import SEASON, YEAR_SEASON, season_middle
from .visit_numbers import visit_count
from .year_ranges import year_ranges
from .yearless_months import yearless_months
from .yearless_ranges import (
    _range_start,
    _yearless_ranges,
    month_year_ranges,
    month_year_start,
    range_not_night,
)

#: A season's year cut to two digits after an apostrophe is that year, as a month's is: "PT
#: spring '25 x 12 wks" (brief s73-f; dated_courses.py). The date is the "'25", as a year alone.
_SEASON_SHORT_YEAR = lazy_re.compile(
    rf"\b{SEASON}\s+(?:of\s+)?(['\u2019](\d{{2}}))(?![\d/'])", re.IGNORECASE
)


#: A span of months in one year: "Sept-Nov 2025", "Dec 2025 – Feb 2026" has its own years.
#: Each may have a part of its month before it: "early March to end of May 2026" (month_parts).
#: Its year may be cut to two digits, as :data:`_MONTH_YEAR`'s: "PT Oct - Dec '25" ran from
#: October (blind wave 74, JQ/hya-01's class; read as December alone).
_MONTH_RANGE = lazy_re.compile(
    rf"\b{RANGE_PART}({_MONTH})\s*(?:-|–|to|through|thru|until)\s*{RANGE_END_PART}({_MONTH})"
    rf"\s+(\d{{4}}|['\u2019]\d{{2}})\b",
    re.IGNORECASE,
)
#: A start told by a season of a named year, up to its year: "since fall 2025", "started in the
#: summer of 2025", "began around spring 2024". Not winter, which straddles two years (as
#: since_dates.py reads the same words).
_SEASON_STARTED = lazy_re.compile(
    rf"(?:\bsince|\b(?:start\w*|began|begun|beginning|initiated|onset)\b"
    rf"(?:\s+(?:in|during|around|over))?)\s+(?:(?:about|around|approx\.?|approximately|roughly|~)"
    rf"\s*)?(?:the\s+)?({YEAR_SEASON})\s+(?:of\s+)?$",
    re.IGNORECASE,
)
#: One night across two dates, as sleep and oximetry studies are dated: "5/9-10/26".
_NIGHT = lazy_re.compile(r"\b(\d{1,2})/(\d{1,2})-(\d{1,2})/(\d{2,4})\b(?![/\d])")


#: "f/u 3/6/12 mo", "1/3/6-month visits": a run of intervals followed by their unit is a
#: follow-up schedule, not a date (read as one, "3/6/12" dated a plan March 2012).
_INTERVAL_UNIT = lazy_re.compile(
    r"^(?:/\d{1,2})*\s*-?\s*(?:mo|mos|months?|wks?|weeks?|yrs?|years?)\b", re.IGNORECASE
)

#: What :data:`DATE`, :data:`_NIGHT` and :data:`_MONTH_RANGE` each need one of (issue 19).
DIGIT = lazy_re.compile(r"\d")


def _no_year(match: re.Match[str]) -> bool:
    """Whether a :data:`DATE` match is a day written without its year ("9/8", "Sept 8")."""
    return bool(match.group(4) and not match.group(6)) or bool(match.group(7) and not match[9])


def find_dates(text: str, note_date: dt.date | None, plan: bool = False) -> list[DateMention]:
    """Every date written in ``text`` (blood pressures like 146/94 are not dates: month ≤ 12;
    strength "4/5" and pain "7/10" are scores: score_marks.py); a day without a year in a plan
    (``plan``) or a schedule is the next one after the note (month_parts.yearless_day)."""
    # Every pattern but "last March" reads a digit: a statement without one skips them.
    out = _numeric_dates(text, note_date, plan) if DIGIT.search(text) else []
    if note_date is not None:
        dated = [(m.start(), m.end()) for m in _MONTH_RANGE.finditer(text)]
        out += yearless_months(text, note_date, dated)
    return sorted(out, key=lambda mention: mention.start)


def _numeric_dates(text: str, note_date: dt.date | None, plan: bool = False) -> list[DateMention]:
    """The dates :data:`_NIGHT`, :data:`DATE` and :data:`_MONTH_RANGE` find in ``text``."""
    out = []
    taken: list[tuple[int, int]] = []
    pairs = _yearless_ranges(text)
    for match in _NIGHT.finditer(text):
        month, first, second = int(match.group(1)), int(match.group(2)), int(match.group(3))
        when = safe_date(_year(match.group(4), 0), month, first) if second == first + 1 else None
        if when is not None and not range_not_night(match, when, pairs, note_date):
            out.append(DateMention(match.start(), match.end(), when))
            taken.append((match.start(), match.end()))
    for (start, end), ends in year_ranges(text):  # "naproxen BID 2024-2025" (year_ranges.py)
        out += [DateMention(*end_of) for end_of in ends]
        taken.append((start, end))
    for ends in month_year_ranges(text, note_date):  # "PT 10/25-12/25" (yearless_ranges.py)
        out += [DateMention(*end_of, month=True) for end_of in ends]
        taken.append((ends[0][0], ends[1][1]))
    for match in DATE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        if match.group(4) and not match.group(6) and len(match.group(5)) == 2:
            # "since 9/25": September 2025 when that is the plain reading (yearless_ranges.py)
            month = month_year_start(
                text, match.start(), int(match.group(4)), int(match.group(5)), note_date
            )
            if month is not None:
                out.append(DateMention(match.start(), match.end(), month, month=True))
                continue
        pair = pairs.get(match.start())
        ranged = _range_start(match, text, note_date, pair)
        if match.group(4) and ranged is None and not pair and is_score(text, match.start()):
            continue  # "7/10" pain, "4/5" strength, "2/3 of the way" (score_marks.py)
        if match.group(4) and _INTERVAL_UNIT.match(text[match.end() :]):
            continue
        if pap_pressure(match, text):
            continue  # "bilevel 10/6", "16/12 cm H2O": a device's pressures (pap_pressures.py)
        when = ranged or parse_date_match(match, note_date)
        if when and note_date and not pair and _no_year(match):  # "Plan: lap sleeve 9/8"
            when = yearless_day(text, match.start(), when, note_date, plan)
        if when != note_date and visit_count(match, text):
            continue  # "PT daily note visit 4/12" of 8/7: the visit's number, not April 12
        part = (
            started_part(text, match.start(), match.end())
            if match.group(10) or match.group(14)
            else None
        )
        if when is not None and part is not None and note_date is not None:
            # A start in a part of a month or year ("since late May 2025", "since late 2024")
            # at its latest day, as a month's part without its year is (month_parts.py).
            when = (
                year_part_day(part, when.year, note_date)
                if match.group(14)
                else month_part_day(part, when.month, when.year, note_date)
            )
        season = (
            _SEASON_STARTED.search(text, max(0, match.start() - 60), match.start())
            if when is not None and match.group(14)
            else None
        )
        if when is not None and season is not None:
            # "Meloxicam since fall 2025": the season's start, as its length from there is
            # (since_dates.py), not 1 January: the course was read as 1/1-5/23 of 2025, and in
            # a February note as three months of care (brief s76-spans).
            when = season_middle(season.group(1), when.year) or when
        if when is not None and 1900 <= when.year <= 2200:
            out.append(DateMention(match.start(), match.end(), when))
    for match in _SEASON_SHORT_YEAR.finditer(text):  # "spring '25": 2025, as "spring 2025"
        out.append(DateMention(match.start(1), match.end(1), dt.date(2000 + int(match[2]), 1, 1)))
    for match in _MONTH_RANGE.finditer(text):
        first, last = (
            MONTHS[match.group(2).lower().rstrip(".")],
            MONTHS[match.group(3).lower().rstrip(".")],
        )
        year = _year(match.group(4).lstrip("'\u2019"), 0)
        start = range_start_day(match.group(1), first, year - (first > last), note_date)
        # the range's first month: "(Sept-Nov 2025)", "early March to end of May 2026"
        out.append(DateMention(match.start(), match.end(2), start))
    return out
