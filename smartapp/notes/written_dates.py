"""Dates written in note text: "3/2/26", "March 3, 2026", "2026-03-02", "Mar 2026", "last
March", "Sept-Nov 2025", a study night "5/9-10/26", a bare year ("WC claim 2019") and a range of
years ("naproxen BID 2024-2025", "x 9 mos 2024-25": :mod:`.year_ranges`), and months with their
years cut to two digits ("PT 10/25-12/25", "since 9/25": :mod:`.yearless_ranges`).

Regular expressions, not NLP: the phrasing is formulaic and a regex is exact about offsets. A date
written without a year is anchored to the note's date (calendar_days.py).
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .calendar_days import _year, _yearless, safe_date

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
    STARTED,
    ahead_month,
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
#: A span of months with no year: "PT 6 wks Sep-Oct", "(May-June)", "Nov-Jan" (blind wave 17).
#: A count after a comma is no year: "post-op therapy Feb through July, 36 visits" ran this
#: year (blind wave 81, KW/occupational-work-rehab-02); "Feb-July, 2025" and "Feb-July, '25" have
#: their year. Its second month may have a part before it: "PT 6 wks (Feb-mid Mar)" ran from
#: February (blind wave 82, LA/pain-spinal-injections-01: read as mid-March alone, 15 days).
_MONTHS_NO_YEAR = lazy_re.compile(
    rf"\b({_MONTH})\s*(?:-|–|to|through|thru|until|till)\s*({RANGE_END_PART})({_MONTH})"
    r"(?![\w.]|\s*'?\d|\s*,\s*(?:\d{4}\b|['\u2019]?\d{2}\b(?!\s*(?:visits?|sessions?|"
    r"treatments?|appointments?|appts?|tx|times|x)\b)))",
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
#: A word after "May" that makes it the verb: "6 wks May help", "2 mos may be".
#: Not a word that goes on the list or the span ("4 wks May then HEP", "May w/ HEP").
_MAY_VERB = lazy_re.compile(
    r"\s+(?!(?:then|and|with|w/|to|thru|through|until|till|plus|but|no|x)\b)[a-z]"
)
#: A part of a month written just before a yearless span's first month: "late Feb to mid April".
_START_PART = lazy_re.compile(r"\b(early|mid|late)[\s-]+$", re.IGNORECASE)
#: One night across two dates, as sleep and oximetry studies are dated: "5/9-10/26".
_NIGHT = lazy_re.compile(r"\b(\d{1,2})/(\d{1,2})-(\d{1,2})/(\d{2,4})\b(?![/\d])")


#: "f/u 3/6/12 mo", "1/3/6-month visits": a run of intervals followed by their unit is a
#: follow-up schedule, not a date (read as one, "3/6/12" dated a plan March 2012).
_INTERVAL_UNIT = lazy_re.compile(
    r"^(?:/\d{1,2})*\s*-?\s*(?:mo|mos|months?|wks?|weeks?|yrs?|years?)\b", re.IGNORECASE
)

#: What :data:`DATE`, :data:`_NIGHT` and :data:`_MONTH_RANGE` each need one of (issue 19).
DIGIT = lazy_re.compile(r"\d")
#: ... and a month alone in brackets after the care it dates, read as "in October" is: "Tried PT
#: x 4 wks (Oct), naproxen x 2 mo" (blind wave 36, EF/kas-03). A month with its year cut to two
#: digits, or after "of", is no month without a year: "in March '25" is March 2025
#: (:data:`_MONTH_YEAR`), not also this year's March (blind wave 84, LK/bar-02: the BMI of
#: "down from 225 in March '25 when BMI was 36.1" read as of March 2026).
#: ... and a month alone just after a course's length, read as "in May" is: "Did PT 4 wks May,
#: then HEP daily June-July, diclofenac since June" (blind wave 89, ME/hyaluronan-knee-03: the
#: PT's four weeks were read back from the note and the statement's months lost). One
#: fixed-width look-behind per unit, as Python's re asks.
_AFTER_LENGTH = "|".join(
    rf"(?<=\d{gap}{unit} )"
    for unit in ("wk", "wks", "week", "weeks", "mo", "mos", "month", "months")
    for gap in ("", " ", "-")
)
_LAST_MONTH = lazy_re.compile(
    rf"(?:\b(last|this past|in|during|early|mid|late)[\s-]+|\(\s*(?=(?:{_MONTH})\s*\))"
    rf"|(?:{_AFTER_LENGTH}))"
    rf"({_MONTH})(?![\w.]|\s*,?\s*\d|\s*['\u2019]\d{{2}}\b|\s+of\s+\d{{4}})",
    re.IGNORECASE,
)


def _last_month(month: int, day: int, note_date: dt.date, part: str = "") -> dt.date:
    """ "last March" written in March 2026 is March 2025; in May 2026, March 2026 ("late
    March": the 25th). Written in April, "last March" is March 2025 too: the month just over
    is "last month" or "in March", and "last" names the one a year back (blind wave 65,
    IL/tka-03: "xrays from last January" in a February 2026 note, the film of January 2025;
    F/hya-06: "XR R knee from last Feb (02/03/2025)" in March 2026)."""
    # Not "last December" in January: last year's December is the one just over.
    just_over = part == "last" and note_date.month - month == 1
    year = note_date.year if month < note_date.month else note_date.year - 1
    return dt.date(year - just_over, month, day)


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
        spans = [(m.start(), m.end()) for m in _MONTHS_NO_YEAR.finditer(text)]
        for match in _MONTHS_NO_YEAR.finditer(text):
            # The latest such span that has ended by the note (or ends in its month): the first
            # day of each month, as "Sept-Nov 2025" gives; an end's part keeps the day "mid" or
            # "late" alone gives it below (never moved later), and is not read again alone.
            first, last = (MONTHS[match.group(i).lower().rstrip(".")] for i in (1, 3))
            year = note_date.year - (last > note_date.month)
            part = match.group(2).strip(" -").lower()
            # "from late Feb to mid April": the first month's part is a day inside it, read as
            # a start is (its latest day: month_parts.range_start_day), not the 1st, and not read
            # again alone below (blind wave 87, LV/infliximab-02: 7 weeks of MTX read from 2/1).
            lead = _START_PART.search(text, max(0, match.start() - 8), match.start())
            begins = dt.date(year - (first > last), first, 1)
            if lead is not None:
                begins = range_start_day(lead.group(1).lower(), first, begins.year, note_date)
                dated.append((lead.start(), match.end(1)))
            out.append(DateMention(lead.start() if lead else match.start(), match.end(1), begins))
            end_day = {"mid": 15, "late": 25}.get(part, 1)
            out.append(DateMention(match.start(2), match.end(), dt.date(year, last, end_day)))
            if part:
                dated.append((match.start(2), match.end()))
        for match in _LAST_MONTH.finditer(text):
            if match.group(2) == "may" or any(a <= match.start() < b for a, b in dated):
                continue  # "in may be" is the verb; "early March to May 2026" has its year
            if match.group(1) is None and match.group(0)[0] != "(":  # after a length
                if any(a <= match.start() < b for a, b in spans):
                    continue  # "PT 6 wks Oct-Nov": the span's, read above
                if match.group(2).lower() == "may" and _MAY_VERB.match(text, match.end()):
                    continue  # "PT x 6 wks May help": the verb, no month
            month = MONTHS[match.group(2).lower().rstrip(".")]
            part = (match.group(1) or "in").lower()  # "(Oct)" reads as "in Oct"
            day = {"mid": 15, "late": 25}.get(part, 1)
            when = _last_month(month, day, note_date, part)
            if part not in ("last", "this past"):
                # "since mid-March" written on March 25 is this March, "RTW by mid-May" next May;
                # "last March" is neither.
                when = ahead_month(text, match.start(), month, day, note_date) or (
                    _yearless(month, day, note_date) or when
                )
                if STARTED.search(text, 0, match.start()):
                    # A start ("since late May", "started early March") at its latest day, as
                    # its duration is; an end ("finished PT early March") is not moved later.
                    when = month_part_day(part, month, when.year, note_date)
            out.append(DateMention(match.start(), match.end(), when))
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
