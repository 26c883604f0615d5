"""The seasons a note dates an onset by: "since last summer", "LBP began this past winter",
"since the spring of last year", "since fall 2024".

One vocabulary for one fact (brief s67-d): onset_times.py read "last winter" and durations.py
the other seasons, each with its own words and months. A season is read from its middle, the
latest time the words can mean, so no "symptoms for N weeks" rule is met by more time than they
give; "last" is the latest such season over by the note (an October note's "last summer" is
this July, its "last fall" last year's, its "last winter" the one that ended in February).
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .calendar_days import safe_date

#: A season a year names whole ("fall 2024"); winter straddles two years, so it has no such year.
YEAR_SEASON = r"(?:spring|summer|fall|autumn)"
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
    r"(spring|summer|fall|autumn|winter)\b",
    re.IGNORECASE,
)
#: The month and day a season is read from, about its middle (winter's: January's middle).
_MIDDLE = {
    "spring": (4, 1), "summer": (7, 1), "fall": (10, 1), "autumn": (10, 1), "winter": (1, 15),
}  # fmt: skip
#: A season's last month: "last summer" is this year's once August is over.
_LAST_MONTH = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11, "winter": 2}


def season_middle(season: str, year: int) -> dt.date | None:
    """The day ``season`` of ``year`` is read from (a winter's year is its January's)."""
    return safe_date(year, *_MIDDLE[season.lower()])


def last_season_onsets(text: str, note_date: dt.date) -> list[tuple[int, int, dt.date]]:
    """(start, end, day) of each "since last <season>" onset of ``text``: the middle of the
    latest such season over by ``note_date``."""
    found = []
    for match in _LAST.finditer(text):
        season = match.group(1).lower()
        over = note_date.month > _LAST_MONTH[season]
        day = season_middle(season, note_date.year if over else note_date.year - 1)
        if day is not None:
            found.append((match.start(), match.end(), day))
    return found
