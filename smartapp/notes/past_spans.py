"""A result its own clause dates only by a past year or season: "QFT from last year neg", "PPD
last fall negative", "MRI the year before last showed a tear".

A result with no date of its own was the note's (finding_dates.nearest_date), so "QFT from last
year neg - repeat ordered today, pending" in a July 2026 note met the infliximab label's 12-month
TB screening as if drawn at the visit (blind wave 100, NR/infliximab-02: the only QuantiFERON on
file was of 2025-05-01, 14 months back, the repeat not resulted). "Last year" may be any day of
that year, most of them outside the window; the payer counts a result it can place in the
window. So the result takes the first day of the span its words name, as a year written alone
does ("QFT neg 2025" is read from 1/1/2025): the previous calendar year for "last year", the
first day of the latest such season over by the note for "last fall" or "this past summer"
(seasons.py's months). A season's result still counts where the whole season lies in the window.

Not "in the last year", "within the past year", "over the last year": those say the last twelve
months, a claim of a recent result. The time is read in the result's own clause only, as
times_ago.result_ago reads "14 months ago".
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .seasons import SEASON, season_days

#: The year before the note's, or the one before that; not "in/within/over the last year".
_YEAR = lazy_re.compile(
    r"(?<!\bin the )(?<!\bwithin the )(?<!\bover the )(?<!\bduring the )(?<!\bfor the )"
    r"(?<!\bin the past )"
    r"\b(?:(last|prior|previous)\s+year|(?:the\s+)?(year\s+before\s+last))(?:'s)?\b",
    re.IGNORECASE,
)
#: A season over before the note: "last fall", "this past summer", "spring of last year".
_SEASON = lazy_re.compile(
    rf"\b(?:(?:last|this\s+past|past)\s+({SEASON})|({SEASON})\s+of\s+last\s+year)\b",
    re.IGNORECASE,
)
#: A season's last month ("last summer" is this year's once August is over), as seasons.py has.
_LAST_MONTH = {"spring": 5, "summer": 8, "fall": 11, "autumn": 11, "winter": 2}


def past_span_start(text: str, low: int, high: int, note_date: dt.date) -> dt.date | None:
    """The first day of the past year or season ``text[low:high]`` (a result's own clause) dates
    it by, before ``note_date``; None when it names none, or more than one."""
    days, seasons = [], []
    for match in _SEASON.finditer(text, low, high):
        seasons.append((match.start(), match.end()))
        if match.group(1):
            season = match.group(1).lower()
            over = note_date.month > _LAST_MONTH[season]
            year = note_date.year if over else note_date.year - 1
        else:  # "spring of last year": its earliest reading (a winter's year is its January's)
            season, year = match.group(2).lower(), note_date.year - 1
        days.append(season_days(year, season)[0])
    for match in _YEAR.finditer(text, low, high):
        if any(start <= match.start() < end for start, end in seasons):
            continue  # "spring of last year": the season says which part of the year
        back = 2 if match.group(2) else 1
        days.append(dt.date(note_date.year - back, 1, 1))
    days = [day for day in days if day <= note_date]
    if len(set(days)) != 1:
        return None  # none, or two spans the clause does not tell apart
    return days[0]
