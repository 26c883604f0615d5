"""Durations told by when something began, counted to the note's date: "since March", "since
5/2025", "started in late 2024", "since Christmas", "since the spring of last year", "naproxen
2024-present", and the onsets of :mod:`.onset_times` ("since childhood", "began last winter").

:func:`.durations.find_durations` adds these to the durations a note states outright ("x 8 wks").
Each is anchored to the note's date ("since March" written in January means last March); a date
written without a year is the latest such day on or before the note's date; a start followed by
a dated end ("from 3/2026 until 4/2026") is a closed span, not one running on to the note.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .calendar_days import latest_on_or_before, safe_date
from .holiday_onsets import WEEK_OF, holiday_day
from .month_parts import month_part_day, year_part_day
from .onset_times import onset_durations
from .score_marks import is_score
from .seasons import YEAR_SEASON, season_middle
from .written_dates import DATE, DIGIT, MONTHS, TO_NOW, find_dates, parse_date_match
from .written_dates import MONTH_PATTERN as _MONTH
from .yearless_ranges import month_year_start

#: An onset told as an approximation reads as the plain one, as "~10 months" does in
#: durations.py: "since ~June 2025", "since approx. 6/2025", "since around last summer", "since
#: sometime in June" (s64-b, IF/spinal-injections-03: the radicular pain's ten months had gone
#: unread).
_ROUGHLY = (
    r"(?:(?:about|abt\.?|approximately|approx\.?|around|roughly|circa|ca\.|sometime\s+in|~|≈)"
    r"\s*)?"
)
#: A start written after "since", "from", "started in" and the like: a month, a date, a year, a
#: holiday, a part of a year or a season of a named year.
_SINCE = lazy_re.compile(
    rf"(?:\b(?:since|from)|\b(?:start\w*|began|begun|beginning|initiated|onset)\b(?:[^.;\d]{{0,30}}?\b(?:in|on|around))?)\s+{_ROUGHLY}(?:(?:the\s+)?(early|mid|late)[\s-]+)?"
    rf"(?:({_MONTH})(?:\s+(\d{{4}}))?\b|(\d{{1,2}}/\d{{1,2}}(?!\d)(?:/\d{{2,4}})?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{4}}))"
    # "Since last winter" and the other seasons said "last" are onset_times.py's (seasons.py).
    rf"|\bsince\s+{_ROUGHLY}(?:the\s+)?(new\s+year|christmas|thanksgiving)"
    rf"|\b(?:since|starting in|started in|began in|onset in)\s+{_ROUGHLY}"
    rf"((?:19|20)\d{{2}})\b(?![/-])"
    rf"|(?:\b(?:since|from)|\b(?:start\w*|began|begun|beginning|initiated|onset)\b(?:[^.;\d]{{0,30}}?"
    rf"\b(?:in|on|around))?)\s+{_ROUGHLY}(?:the\s+)?(early|mid|late)[\s-]+"
    rf"((?:19|20)\d{{2}})\b(?![/-])"
    # A season of a named year: "since the spring of last year", "since fall 2024" (blind wave 31,
    # DK/spinal-injections-04). Not winter, which straddles two years.
    # ... or begun then: "started summer 2025", "began in the fall of 2024" (brief s76-spans).
    rf"|(?:\bsince|\b(?:start\w*|began|begun|beginning|initiated)\b(?:\s+(?:in|during|around))?)"
    rf"\s+{_ROUGHLY}(?:the\s+)?({YEAR_SEASON})\s+(?:of\s+)?(last\s+year|(?:19|20)\d{{2}})"
    rf"\b(?![/-])",
    re.IGNORECASE,
)


#: A dated end right after a start ("from 3/2026 until 4/2026", "since March to May 2026"): a
#: closed span its two dates give, not a course running on to the note (brief s68-k: read as
#: "since 3/2026", a month of meloxicam was nine). "to now" / "- present" stays open (TO_NOW).
_DATED_END = lazy_re.compile(
    rf"\s*(?:[-\u2013]|\b(?:to|through|thru|until|till)\b)\s*(?:(?:early|mid|late)[\s-]+|"
    rf"(?:the\s+)?end\s+of\s+)?(?:\d{{1,2}}/\d{{1,2}}\b|\d{{1,2}}/\d{{4}}\b|(?:19|20)\d{{2}}\b|"
    rf"(?:{_MONTH})(?![a-z]))"
    # ... or a day after a comma: "started 1/5, thru 2/15" (brief s76-spans: it ran on to the
    # note). A month alone after a comma is no date of its own ("started in Nov, until March").
    rf"|,\s*(?:to|through|thru|until|till)\s+(?:\d{{1,2}}/\d{{1,2}}\b|\d{{1,2}}/\d{{4}}\b)",
    re.IGNORECASE,
)


def _since(match: re.Match[str], note_date: dt.date) -> dt.date | None:
    part, month_name, year, numeric, holiday, bare_year, year_part, parted_year = match.groups()[:8]
    season, season_year = match.groups()[8:]
    if season:  # "since the spring of last year", "since fall 2024"
        year_of = note_date.year - 1 if season_year[0].isalpha() else int(season_year)
        return season_middle(season, year_of)
    if parted_year:  # "since late 2024": the last day of its four months (month_parts.py)
        return year_part_day(year_part, int(parted_year), note_date)
    if bare_year:
        return safe_date(int(bare_year), 1, 1)
    if holiday:  # read as holiday_onsets.py reads the other holiday words
        first = holiday.lower().split()[0]
        return holiday_day("newyear" if first == "new" else first, note_date)
    if numeric:
        month, _, year = numeric.partition("/")
        if len(year) == 2:  # "since 9/25": September 2025 when that is the plain reading
            start = month_year_start(match.string, match.start(4), int(month), int(year), note_date)
            if start is not None:
                return start
        inner = DATE.search(numeric)
        return parse_date_match(inner, note_date) if inner else None
    month = MONTHS[month_name.lower().rstrip(".")]
    if year:
        return month_part_day(part, month, int(year), note_date)
    # The month's latest start by the note ("since late May" on 6/2: May of this year), read at
    # the latest day its part can mean (written_dates.month_part_day).
    first = latest_on_or_before(month, 1, note_date)
    return month_part_day(part, month, first.year, note_date) if first else None


def start_durations(text: str, note_date: dt.date) -> list[tuple[int, int, int, bool]]:
    """(start, end, days, dated) of every span in ``text`` told by its start and running to the
    note; ``dated`` when the start is a time on the calendar (durations.Duration.dated)."""
    found: list[tuple[int, int, int, bool]] = []
    for match in _SINCE.finditer(text):
        if match.group(4) and is_score(text, match.start(4)):
            continue  # "pain went from 8/10 to 3/10" is no time "since August 10th"
        if match.group(5) and WEEK_OF.match(text, match.end()):
            continue  # "since Christmas week": that week's last day (holiday_onsets.py)
        if _DATED_END.match(text, match.end()):
            continue  # "from 3/2026 until 4/2026": the dates' span, not one to the note
        since = _since(match, note_date)
        if since is not None and since <= note_date and since.year >= 1900:
            found.append((match.start(), match.end(), (note_date - since).days, True))
    found += onset_durations(text, note_date)
    # "naproxen 2024-present", "3/2024 to present": a course from its date to the note, as
    # "since 2024" is (blind wave 43, FE/hyaluronan-knee-02).
    for match in TO_NOW.finditer(text) if DIGIT.search(text) else ():
        opened = [m for m in find_dates(text, note_date) if m.end == match.start()]
        if opened and opened[0].when <= note_date:
            found.append((opened[0].start, match.end(), (note_date - opened[0].when).days, True))
    return found
