"""Months written without a year, dated by the note they are in: a span ("PT 6 wks Sep-Oct",
"(May-June)", "late Feb to mid April") and a month alone ("last March", "since mid-March", "(Oct)",
"PT 4 wks May"). Split out of written_dates.py, whose :func:`~.written_dates.find_dates` reads
these with the other dates of a text."""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .calendar_days import _yearless
from .date_patterns import _MONTH, MONTHS, DateMention
from .month_parts import RANGE_END_PART, STARTED, ahead_month, month_part_day, range_start_day
from .month_tense import month_gone_by, month_tense, year_told

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
#: A word after "May" that makes it the verb: "6 wks May help", "2 mos may be".
#: Not a word that goes on the list or the span ("4 wks May then HEP", "May w/ HEP").
_MAY_VERB = lazy_re.compile(
    r"\s+(?!(?:then|and|with|w/|to|thru|through|until|till|plus|but|no|x)\b)[a-z]"
)
#: A part of a month written just before a yearless span's first month: "late Feb to mid April".
_START_PART = lazy_re.compile(r"\b(early|mid|late)[\s-]+$", re.IGNORECASE)
#: A month alone, without its year: after "last", "this past", "in", "during" or a part of it
#: ("early March"); and a month alone in brackets after the care it dates, read as "in October"
#: is: "Tried PT x 4 wks (Oct), naproxen x 2 mo" (blind wave 36, EF/kas-03). A month with its
#: year cut to two digits, or after "of", is no month without a year: "in March '25" is March 2025
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
#: ... and a month right after a schedule's word, read as "in March" is: "surgery scheduled
#: March", "PT planned for May" (brief s80-time). Not "Recheck Feb." (no date: a month so
#: written may name a visit's label).
_AFTER_PLAN = "|".join(
    rf"(?<=\b{word}{to} )" for word in ("scheduled", "planned", "booked") for to in ("", " for")
)
#: After a comma a number is the month's year only when it can be one: "in March, 2025", "in
#: March, '25"; not "Had ESI in Feb, 50% relief" (brief s80-time: the month was lost).
_LAST_MONTH = lazy_re.compile(
    rf"(?:\b(last|this past|in|during|early|mid|late)[\s-]+|\(\s*(?=(?:{_MONTH})\s*\))"
    rf"|(?:{_AFTER_LENGTH})|(?:{_AFTER_PLAN}))"
    rf"({_MONTH})(?![\w.]|\s*\d|\s*,\s*(?:\d{{4}}|['\u2019]?\d{{1,2}})\b(?!\s*%)"
    rf"|\s*['\u2019]\d{{2}}\b|\s+of\s+\d{{4}})",
    re.IGNORECASE,
)


#: What both patterns above need: a month's name at a word's start, then no more of a word,
#: or the "to"/"through"/"thru"/"until"/"till" a span may run on with ("Mar-Apr", "May thru").
#: A cheap search first, since ``_LAST_MONTH``'s look-behinds are tried at every character.
_MONTH_WORD = lazy_re.compile(rf"\b(?:{_MONTH})(?:(?!\w)|(?=t|u))", re.IGNORECASE)


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


def yearless_months(
    text: str, note_date: dt.date, dated: list[tuple[int, int]]
) -> list[DateMention]:
    """The dates the months without a year in ``text`` give, in the order found; ``dated`` holds
    the spans a month range with its year already dates (a month inside one is not read again)."""
    out: list[DateMention] = []
    if _MONTH_WORD.search(text) is None:
        return out  # no month word: neither pattern below can match (most statements)
    dated = list(dated)
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
            told = year_told(text, match.end(), note_date)
            if told is not None:  # "since late Feb last year", "in March next year"
                when = dt.date(told, month, day)
            elif when > note_date and month_tense(text, match.start(), match.end()) == "past":
                # "PT in March, no help." in January: last March, not an appointment to come
                # (month_tense.py, brief s80-time)
                when = month_gone_by(month, day, note_date)
            if STARTED.search(text, 0, match.start()):
                # A start ("since late May", "started early March") at its latest day, as
                # its duration is; an end ("finished PT early March") is not moved later.
                when = month_part_day(part, month, when.year, note_date)
        out.append(DateMention(match.start(), match.end(), when))
    return out
