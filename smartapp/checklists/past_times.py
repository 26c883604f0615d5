"""When care a note places in the past by a time that is no date ran: "Had PT last year which
helped", "did well with PT last fall", "chiropractic 3 years ago", "tried therapy this summer".

Such care was read with its time blanked (care_parts._past_aside: the statement's other dates and
weeks are another thing's), and care with no date of its own is the note's day: "Had PT last year
which helped" in an August 2026 visit made PT of that visit, a trial of care begun the day before
the visit's exam (blind wave 38, EH/lmri-02: one visit, PT in 2025). The time places it: "last
year" is the year before the note's, "last fall" the latest fall over before the note, "3 years
ago" the year ending three years before it. As for a year alone ("Failed PT 2025 (8 wks)",
care_dates.year_only), the care is placed as late as the time allows. A season with no year
("naproxen earlier in the fall") is the latest such season begun by the note; a season may hold
the care on any of its days, so a window begun after its first day does not take it in
(episodes.py). Care named beside other care is placed by its own words (:func:`own_past_bounds`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import lazy_re
from ..notes.durations import find_dates, find_durations
from ..notes.seasons import SEASON, YEAR_SEASON, latest_begun, season_days

#: A time of its own that places care in the past: "last fall", "last year", "3 years ago";
#: "last yr" is the same year abbreviated ("Chiro last yr helped" in a July note was chiropractic
#: of the year before, not of that visit: blind wave 101, NY/lmri-02).
#: Not the start of care running on ("since last fall", "starting last spring").
PAST_TIME = lazy_re.compile(
    r"(?<!since )(?<!from )(?<!starting )(?<!started )(?<!began )\b(?:(?:last|this past)\s+"
    rf"(?:{YEAR_SEASON}|year|yr)|this\s+{YEAR_SEASON})\b"
    r"|(?<!since )\b(?:\d{1,2}|a|one|two|three|a few|several|many)\s+(?:years?|yrs?)\s+ago\b"
    # A season with no year, said of care had in it: "naproxen earlier in the fall", "over the
    # summer" (blind wave 78, KN/injectable-hyaluronan-knee-03). Not an onset ("since the
    # fall", "began in the fall"), nor a season of a year ("in the summer of 2024").
    r"|(?<!since )(?<!since \")(?<!from )(?<!began )(?<!begun )(?<!started )(?<!starting )"
    r"(?<!onset )\b(?:(?:earlier|back|sometime|later)\s+)?(?:in|during|over|through)\s+the\s+"
    rf"{SEASON}\b(?!\s*(?:of\b|'?\d))",
    re.IGNORECASE,
)
#: The season of such care: "in the fall", "over the summer".
_BARE = lazy_re.compile(
    rf"\b(?:in|during|over|through)\s+the\s+({SEASON})\b(?!\s*(?:of\b|'?\d))", re.IGNORECASE
)

_LAST = lazy_re.compile(rf"\b(last|this past|this)\s+({YEAR_SEASON}|year|yr)\b", re.IGNORECASE)
_AGO = lazy_re.compile(
    r"\b(\d{1,2}|a|one|two|three|a few|several|many)\s+(?:years?|yrs?)\s+ago\b", re.I
)
#: Years a word counts at the least: "a few years ago" is two years back at the latest.
_YEARS = {"a": 1, "one": 1, "two": 2, "three": 3, "a few": 2, "several": 3, "many": 3}


#: Words that look ahead: "will try naproxen in the fall" names a season to come, not one had
#: (season_rounds.py reads care told in rounds by it too).
AHEAD = lazy_re.compile(
    r"\b(?:will|would|shall|plan\w*|next|going\s+to|to\s+(?:try|start|begin|do|have|get)|"
    r"may|might|could|consider\w*|if)\b",
    re.IGNORECASE,
)


def said_past(words: str) -> bool:
    """Whether ``words`` place care in the past by a time of their own (``PAST_TIME``): a season
    with no year only where nothing before it looks ahead."""
    return any(
        not (_BARE.search(found.group()) and AHEAD.search(words, 0, found.start()))
        for found in PAST_TIME.finditer(words)
    )


def season_placed(words: str) -> bool:
    """Whether the past time of ``words`` is a season ("last fall", "in the fall"), as
    :func:`past_period` reads it: care placed in one may have been had on any of its days, so a
    window begun after its first day may not hold it (episodes.py)."""
    last = _LAST.search(words)
    if last is not None:
        return last.group(2).lower() not in ("year", "yr")
    return bool(_BARE.search(words))


def past_period(words: str, note_date: date) -> tuple[date, date] | None:
    """The first and last day the past time in ``words`` may be (see the module docstring);
    None when the words name no such time, or only "this past year" (the last twelve months,
    the note's time)."""
    last = _LAST.search(words)
    if last is not None:
        kind, which = last.group(1).lower(), last.group(2).lower()
        if which in ("year", "yr"):
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
    bare = _BARE.search(words)
    if bare is not None:
        # "naproxen earlier in the fall": the latest fall begun by the note, to its last day (or
        # the note's), the latest the care can have been; a March note's fall is last year's.
        which = bare.group(1).lower()
        first, last_day = season_days(latest_begun(which, note_date), which)
        return first, min(last_day, note_date)
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


def own_past_bounds(
    snippet: str, at: int, begin: int, apart: list[int], day: date | None
) -> tuple[int, int]:
    """Where the words that may place the care at ``at`` in the past lie, when other care is
    named in its clause: "Ibuprofen since Jan + naproxen earlier in the fall" (blind wave 78,
    KN/injectable-hyaluronan-knee-03) places the naproxen in the fall, not the ibuprofen, whose
    own words (to the next care named) give a time of their own; and the naproxen takes none of
    the ibuprofen's January, the words of care named before it that give their own time."""
    low, high = 0, len(snippet)
    following = min((start for start in apart if start > at), default=high)
    if following < high and _placed(snippet[at:following], day):
        high = following  # "Ibuprofen since Jan + ...": its own time; a later one is another's
    previous = max((start for start in apart if start < at), default=-1)
    if previous >= 0 and (
        find_durations(snippet[previous:begin], day) or find_dates(snippet[previous:begin], day)
    ):
        low = begin  # "... + naproxen earlier in the fall": the January is the ibuprofen's
    return low, high


#: A length that places its care by running to the note: "since Jan", "for the past 2 months";
#: not a bare length ("x 6 wks"), which a time said after it may place ("PT x 6 wks last fall").
_RUNS_TO_NOTE = lazy_re.compile(
    r"\W*(?:since|from|start\w*|began|begun|(?:for|over|in)\s+the\s+(?:past|last))\b",
    re.IGNORECASE,
)


def _placed(words: str, day: date | None) -> bool:
    """Whether ``words`` give a date, or a length running to the note, of their own."""
    return bool(find_dates(words, day)) or runs_to_note(words, day)


def runs_to_note(words: str, day: date | None) -> bool:
    """Whether ``words`` give a length running from a start to the note ("from April")."""
    return any(_RUNS_TO_NOTE.match(words, found.start) for found in find_durations(words, day))
