"""When care a note places in the past by a time that is no date ran: "Had PT last year which
helped", "did well with PT last fall", "chiropractic 3 years ago", "tried therapy this summer".

Such care was read with its time blanked (care_parts._past_aside: the statement's other dates and
weeks are another thing's), and care with no date of its own is the note's day: "Had PT last year
which helped" in an August 2026 visit made PT of that visit, a trial of care begun the day before
the visit's exam (blind wave 38, EH/lmri-02: one visit, PT in 2025). The time places it: "last
year" is the year before the note's, "last fall" the latest fall over before the note, "3 years
ago" the year ending three years before it. As for a year alone ("Failed PT 2025 (8 wks)",
care_dates.year_only), the care is placed as late as the time allows.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import lazy_re
from ..notes.seasons import YEAR_SEASON, season_days

#: A time of its own that places care in the past: "last fall", "last year", "3 years ago".
#: Not the start of care running on ("since last fall", "starting last spring").
PAST_TIME = lazy_re.compile(
    r"(?<!since )(?<!from )(?<!starting )(?<!started )(?<!began )\b(?:(?:last|this past)\s+"
    rf"(?:{YEAR_SEASON}|year)|this\s+{YEAR_SEASON})\b"
    r"|(?<!since )\b(?:\d{1,2}|a|one|two|three|a few|several|many)\s+(?:years?|yrs?)\s+ago\b",
    re.IGNORECASE,
)

_LAST = lazy_re.compile(rf"\b(last|this past|this)\s+({YEAR_SEASON}|year)\b", re.IGNORECASE)
_AGO = lazy_re.compile(
    r"\b(\d{1,2}|a|one|two|three|a few|several|many)\s+(?:years?|yrs?)\s+ago\b", re.I
)
#: Years a word counts at the least: "a few years ago" is two years back at the latest.
_YEARS = {"a": 1, "one": 1, "two": 2, "three": 3, "a few": 2, "several": 3, "many": 3}


def past_period(words: str, note_date: date) -> tuple[date, date] | None:
    """The first and last day the past time in ``words`` may be (see the module docstring);
    None when the words name no such time, or only "this past year" (the last twelve months,
    the note's time)."""
    last = _LAST.search(words)
    if last is not None:
        kind, which = last.group(1).lower(), last.group(2).lower()
        if which == "year":
            if kind != "last":
                return None
            year = note_date.year - 1
            return date(year, 1, 1), date(year, 12, 31)
        year = note_date.year
        if kind == "this":
            # "tried the therapy thing ... this summer" in an October note: the note year's
            # summer (blind wave 44, FI/hip-arthroplasty-03); one not begun by the note is
            # no past, and one under way ends at the note at the latest.
            first, last_day = season_days(year, which)
            return None if first > note_date else (first, min(last_day, note_date))
        if season_days(year, which)[1] >= note_date:  # this year's is not over at the note
            year -= 1
        return season_days(year, which)
    ago = _AGO.search(words)
    if ago is None:
        return None
    count = ago.group(1).lower()
    years = int(count) if count.isdigit() else _YEARS[count]
    if years < 1:
        return None
    end = _years_before(note_date, years)
    return end - timedelta(days=364), end


def _years_before(day: date, years: int) -> date:
    """``day`` ``years`` years earlier (28 February for a 29th with no leap year)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)
