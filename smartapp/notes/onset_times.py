"""Onsets told by a time of life, a past season or an event of a named month, read as how long
the symptom has lasted (since_dates.start_durations adds them to the statement's durations).

"LBP with L sciatica since childhood", "Low back pain began last winter", "LBP since the March
admission", "back pain started during the March hospitalization": each went unread, a symptom
of no stated length, and a chronic complaint a false alarm on a "symptoms for 6 weeks" rule
(lead's class at stop 47, s65-f). Each is read as late as it can be, so no rule is met by more
time than the words give:

- a time of life over before adulthood ("since childhood", "since his teens", "since high
  school", "since birth"): two years at the least;
- "last winter", "this past summer": the latest such season over by the note, from its middle
  (seasons.py, which owns the seasons' words and months);
- "since the fall" after a drug, in a statement that tells of no fall: the autumn's middle
  (fall_seasons.py);
- a holiday ("since over the holidays", "began around Christmas"): its latest day by the note
  (holiday_onsets.py);
- an event of a month with no year ("the March admission"): that month's most recent first day
  by the note, as "since March" is read (since_dates._since). A year written with it is a date
  since_dates.py already reads.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .calendar_days import latest_on_or_before
from .fall_seasons import fall_onsets
from .holiday_onsets import holiday_onsets
from .seasons import BEGAN, last_season_onsets
from .written_dates import MONTH_PATTERN, MONTHS

_LIFE = lazy_re.compile(
    r"\bsince\s+(?:(?:his|her|their|early|late)\s+)?(?:childhood|child|a\s+(?:child|kid|teen"
    r"(?:ager)?)|(?:his|her|their\s+)?teens|adolescence|high\s+school|birth|infancy|youth)\b",
    re.IGNORECASE,
)
_EVENT = lazy_re.compile(
    BEGAN + rf"\s+the\s+({MONTH_PATTERN})\s+(?:admission|hospitali[sz]ation|hospital\s+stay|"
    r"(?:er|ed)\s+visit|surgery|fall|accident|injury|flare|mvc|mva)\b",
    re.IGNORECASE,
)
#: At the least, the years a time of life over before adulthood lies back.
_LIFE_DAYS = 730


def onset_durations(text: str, note_date: dt.date) -> list[tuple[int, int, int, bool]]:
    """(start, end, days, dated) of each onset of ``text`` this module reads, up to
    ``note_date``; ``dated`` when a season or month names when it began (durations.Duration),
    not a time of life, which names no time on the calendar."""
    found = [(m.start(), m.end(), _LIFE_DAYS, False) for m in _LIFE.finditer(text)]
    for start, end, day in last_season_onsets(text, note_date):
        found.append((start, end, (note_date - day).days, True))  # "since last winter"
    for start, end, day in fall_onsets(text, note_date):
        found.append((start, end, (note_date - day).days, True))  # "meloxicam since the fall"
    for start, end, day in holiday_onsets(text, note_date):
        found.append((start, end, (note_date - day).days, True))  # "since over the holidays"
    for match in _EVENT.finditer(text):
        month = MONTHS[match.group(1).lower().rstrip(".")]
        first = latest_on_or_before(month, 1, note_date)
        if first is not None:
            found.append((match.start(), match.end(), (note_date - first).days, True))
    return found
