"""The seasons a note dates an onset by: "since last summer", "LBP began this past winter",
"since the spring of last year", "since fall 2024".

One vocabulary for one fact (brief s67-d): onset_times.py read "last winter" and durations.py
the other seasons, each with its own words and months. A season is read from its middle, the
latest time the words can mean, so no "symptoms for N weeks" rule is met by more time than they
give; "last" is the latest such season over by the note (an October note's "last summer" is
this July, its "last fall" last year's, its "last winter" the one that ended in February).

It owns the season words and months for every reader (brief s67-l): a season is three months
from its first (spring March to May, winter December to February), read whole by
:func:`season_days` where care is placed in it ("PT x 8 wks fall 2025") and from its middle
where an onset is ("since last summer"). A season said bare ("since the winter", brief s68-e)
is the latest such season begun by the note, from its middle once that has come.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .calendar_days import safe_date

#: A season a year names whole ("fall 2024"); winter straddles two years, so it has no such year.
YEAR_SEASON = r"(?:spring|summer|fall|autumn)"
#: Any season's word, winter too ("PT winter of 2025" is still a season of that year's notes).
SEASON = r"(?:spring|summer|fall|autumn|winter)"
#: The words that begin an onset: "since", or a verb of beginning with a preposition after it.
BEGAN = (
    r"(?:\bsince|\b(?:start\w*|began|begun|beginning|onset)\b"
    r"(?:\s+(?:in|during|at|after|around|over|with))?)"
)
#: An onset told as an approximation reads as the plain one ("since around last summer").
ROUGHLY = (
    r"(?:(?:about|abt\.?|approximately|approx\.?|around|roughly|circa|ca\.|sometime(?:\s+in)?"
    r"|~|≈)\s*)?"
)
#: "since last summer", "began approx. this past winter", "since the last fall".
_LAST = lazy_re.compile(
    BEGAN + r"\s+" + ROUGHLY + r"(?:the\s+)?(?:last|this\s+past|past)\s+"
    rf"({SEASON})\b",
    re.IGNORECASE,
)
#: A season said with no "last" or year after "since" or a verb of beginning: "since the
#: winter", "started meloxicam in the winter", "began about the spring" (blind wave 72,
#: JP/hya-01: "Since the winter on meloxicam"). Not fall, which notes write for a fall ("since
#: fall in Dec", "since the fall 2/2026") as often as for autumn, nor a season of a year ("the
#: winter of 2020", "spring 2025": since_dates.py reads those) or a season's other things ("spring
#: break", "summer camp").
_BARE = lazy_re.compile(
    r"(?:\bsince|\b(?:start\w*|began|begun|beginning|initiated|onset)\b(?:[^.;\d]{0,30}?"
    r"\b(?:in|during|around|over))?)\s+" + ROUGHLY + r"(?:the\s+)?(winter|spring|summer|autumn)\b"
    r"(?!\s*(?:of\b|'?\d|break|camp|school|semester|term|session|league|job))",
    re.IGNORECASE,
)
#: The month and day a season is read from, about its middle (winter's: January's middle).
_MIDDLE = {
    "spring": (4, 1), "summer": (7, 1), "fall": (10, 1), "autumn": (10, 1), "winter": (1, 15),
}  # fmt: skip
#: A season's first month (meteorological seasons: three months each).
_FIRST_MONTH = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
#: A season's last month: "last summer" is this year's once August is over.
_LAST_MONTH = {season: (first + 1) % 12 + 1 for season, first in _FIRST_MONTH.items()}


def season_middle(season: str, year: int) -> dt.date | None:
    """The day ``season`` of ``year`` is read from (a winter's year is its January's)."""
    return safe_date(year, *_MIDDLE[season.lower()])


def season_days(year: int, season: str) -> tuple[dt.date, dt.date]:
    """The first and last day of ``season`` of ``year`` (a winter's year is its January's, as
    in :func:`season_middle`: winter 2025 runs from December 2024 to February 2025)."""
    first_month = _FIRST_MONTH[season.lower()]
    first = dt.date(year - 1 if first_month == 12 else year, first_month, 1)
    after = _LAST_MONTH[season.lower()] + 1  # no season ends in December
    return first, dt.date(year, after, 1) - dt.timedelta(days=1)


def last_season_onsets(text: str, note_date: dt.date) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each "since last <season>" onset of ``text``: the middle of the
    latest such season over by ``note_date``; and of each bare "since the <season>": the
    middle of the latest such season begun by the note, when that middle has come."""
    found = []
    for match in _LAST.finditer(text):
        season = match.group(1).lower()
        over = note_date.month > _LAST_MONTH[season]
        day = season_middle(season, note_date.year if over else note_date.year - 1)
        if day is not None:
            found.append((match.start(), match.end(), day))
    taken = [(start, end) for start, end, _day in found]
    for match in _BARE.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        season = match.group(1).lower()
        # The latest such season begun by the note (a December note's winter is the one begun)
        day = season_middle(season, latest_begun(season, note_date))
        if day is not None and day <= note_date:
            found.append((match.start(), match.end(), day))
    return found


def latest_begun(season: str, note_date: dt.date) -> int:
    """The year (as :func:`season_days` counts it) of the latest ``season`` begun by
    ``note_date``: a December note's winter is the one begun, a March note's fall last year's."""
    return next(y for y in range(note_date.year + 1, note_date.year - 2, -1)
                if season_days(y, season)[0] <= note_date)  # fmt: skip
