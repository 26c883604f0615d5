"""Courses of care told by a season or a month with its year and a length of their own: "PT x 2
courses (spring 2025, 12 wks; winter 2026, 8 wks)", "PT spring '25 x 12 wks", "PT fall 2025 (6
wks)", "PT Jan 2026 x 8 weeks", "PT summer of 2025 for 2 months" (brief s73-f, blind wave 84
LK/sps-02).

Each such item is one course: that many weeks had in that season (or from that month). Three
things were lost on the way. The length after a comma ("winter 2026, 8 wks") was no duration
(durations.py read "x 8 wks", "(8 wks)" and "for 8 wks" only): :func:`comma_lengths`. A list
of courses cut at its semicolons left the second course without its care ("winter 2026, 8
wks), chiro, ..." was a statement of its own, dated by the chiro's "RFA 11/2025"):
:data:`COURSE_ONLY` is the item after a semicolon that names no care of its own, which
statement_cuts.py does not cut off. And a care named once for several courses took all their
years as one span (2025 to 2026): :func:`course_items` gives each item, which the care's own
words (checklists/care_parts.py) and its pieces (checklists/season_pieces.py) read apart.

How a season is dated is seasons.py's: three months from its first, and a winter's year is its
January's ("winter 2026" is December 2025 to February 2026, as "winter 2025-26" is): notes say
"winter 2026" of the winter that turns into 2026 far more often than of the December that ends
it, and the December-to-February reading is the one a reviewer looking back from 2026 makes.
A season's year cut to two digits ("spring '25") is that year (written_dates.py reads it).
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange

from .. import lazy_re
from .calendar_days import safe_date
from .seasons import SEASON, season_days
from .written_dates import MONTH_PATTERN, MONTHS

#: A year written whole or cut to two digits after an apostrophe ("2025", "'25").
_YEAR = r"(?:(?:19|20)\d{2}|['\u2019]\d{2})(?![\d/'])"
#: A season or a month with its year: "winter 2026", "spring of '25", "Jan. 2026".
_WHEN = rf"\b(?:({SEASON})|({MONTH_PATTERN}))\s+(?:of\s+)?({_YEAR})"
#: The units a course's length is told in (days, weeks, months: a season holds no years).
_UNIT = r"(days?|d|weeks?|wks?|wk|w|months?|mos?|mths?|mo)(?![a-z])"
_LENGTH = rf"~?\s*(\d{{1,2}})\s*-?\s*{_UNIT}"
#: How the length follows its time: "winter 2026, 8 wks", "spring '25 x 12 wks", "fall 2025 (6
#: wks)", "summer of 2025 for 2 months", "Jan 2026 - 8 weeks".
_JOIN = r"(?:\s*,\s*|\s+x\s*|\s*\(\s*|\s+for\s+(?:about\s+|approx\.?\s+|~\s*)?|\s+[-\u2013]\s+)"
#: One course item: its time, then its own length.
COURSE_ITEM = rf"{_WHEN}{_JOIN}{_LENGTH}"
_ITEM = lazy_re.compile(COURSE_ITEM, re.IGNORECASE)
#: An item that is a time and a length and nothing else, closing the list or the bracket: the
#: second course of the care named before it ("; winter 2026, 8 wks)"), not care of its own
#: ("; Jan 2026 x 8 weeks naproxen" names its own). Any case: the patterns it goes into may have
#: no IGNORECASE.
COURSE_ONLY = rf"(?i:{COURSE_ITEM}\s*\)?\s*(?:[;.)]|,\s|$))"
#: The length after a comma closes the item: "winter 2026, 8 wks" and not "fall 2025, 2 wks
#: post-op" (an interval after an event) or "Jan 2026, 8 wks ago".
#: A length said of each of two seasons before it ("spring and fall 2025, 8 wks each") too.
_EACH = r"(?:each|ea\.?|apiece|per\s+(?:round|course|season))(?![a-z])"
_COMMA = lazy_re.compile(
    rf"{_WHEN}\s*,\s*({_LENGTH})(?=\s*(?:{_EACH}\s*)?(?:[;,.)]|$))", re.IGNORECASE
)
#: ... and after a season said as the last or this one, with no year: "PT last fall, 8 weeks",
#: "chiro this spring, 6 wks" (brief s82-visits: the PT was one day of the fall), closing the
#: item as above (not "last fall, 2 wks post-op", "last spring, 8 wks of pain").
_PAST_COMMA = lazy_re.compile(
    rf"\b(?:last|this\s+past|this)\s+{SEASON}\s*,\s*({_LENGTH})(?=\s*(?:[;,.)]|$))",
    re.IGNORECASE,
)
_UNIT_DAYS = {"d": 1, "w": 7, "m": 30}
#: Two seasons that share one year and one length said of each: "spring and fall 2025, ~8 wks
#: each", "(spring & fall '25 x 8 wks ea)" (blind wave 96, ND/shoulder-02: "Did PT 'two rounds
#: last year' (spring and fall 2025, ~8 wks each)" was the year 2025 alone, one day of PT). Each
#: season is a course of that length; without "each" the length may be both rounds' together,
#: and the later season's own item reads it as before.
_SHARED = lazy_re.compile(
    rf"\b({SEASON})\s*(?:,\s*(?:and\s+|then\s+)?|and\s+|&\s*|\+\s*|then\s+)(?:in\s+)?"
    rf"(?:the\s+)?({SEASON})\s+(?:of\s+)?({_YEAR}){_JOIN}{_LENGTH}\s*{_EACH}",
    re.IGNORECASE,
)


def comma_lengths(text: str) -> list[tuple[int, int, int]]:
    """(start, end, days) of each course length written after its season or month and a comma
    ("winter 2026, 8 wks": 56 days at "8 wks"; "last fall, 8 wks")."""
    found = [
        (match.start(4), match.end(4), int(match.group(5)) * _UNIT_DAYS[match.group(6)[0].lower()])
        for match in _COMMA.finditer(text)
    ]
    return found + [
        (match.start(1), match.end(1), int(match.group(2)) * _UNIT_DAYS[match.group(3)[0].lower()])
        for match in _PAST_COMMA.finditer(text)
    ]


def course_items(text: str) -> list[tuple[int, int, tuple[dt.date, dt.date], int]]:
    """(start, end, period, days) of each course item of ``text``: the season's days
    (seasons.season_days) or the month's, and the course's own length in days."""
    found = []
    shared = []
    for match in _SHARED.finditer(text):
        days = int(match.group(4)) * _UNIT_DAYS[match.group(5)[0].lower()]
        periods = [_period(season, None, match.group(3)) for season in match.group(1, 2)]
        if None in periods or periods[0] >= periods[1]:  # type: ignore[operator]
            continue  # "fall and spring 2025": not in the order a year runs
        shared.append((match.start(), match.end()))
        # Each season's item runs from its name to the shared length, so the later one's words
        # read "fall 2025, ~8 wks each" (course_lists.latest_course).
        for group, period in zip((1, 2), periods, strict=True):
            found.append((match.start(group), match.end(), period, days))
    for match in _ITEM.finditer(text):
        if any(start <= match.start() < end for start, end in shared):
            continue  # the later season of a shared year, read above
        period = _period(match.group(1), match.group(2), match.group(3))
        if period is not None:
            days = int(match.group(4)) * _UNIT_DAYS[match.group(5)[0].lower()]
            found.append((match.start(), match.end(), period, days))
    return found


def _period(
    season: str | None, month: str | None, year_text: str
) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the season or month of ``year_text``."""
    digits = year_text.lstrip("'\u2019")
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    if season:
        return season_days(year, season)
    number = MONTHS.get((month or "").lower().rstrip("."))
    first = safe_date(year, number, 1) if number else None
    if first is None or number is None:
        return None
    return first, dt.date(year, number, monthrange(year, number)[1])
