"""A course told with its length and the day it ended: "Tried PT 2x/wk x 6 wks (12 visits, ended
2/27)" is six weeks that ended on 2/27, not care from 2/27 on to the note's day (blind wave 44,
FI/knee-arthroscopy-01: read as 13 days, 2/27 to the note of 3/12, where the note says 42).

A statement's one date is read as the day its care began (``episode_pieces._interval``: "started
12/8, ~6 wks"), which is right for most dates a note writes with a course. A date written
straight after a word that ends the course ("ended", "completed", "finished", "done",
"discharged", "last visit") is its last day instead: the course ran the stated length up to it.
Not "until", "through": those as often tell how long a relief held ("helped until 3/1").
"""

from __future__ import annotations

import re
from datetime import date

from ..notes.written_dates import find_dates

#: A word that ends the course, right before its date ("ended 2/27", "completed on 3/4/26",
#: "d/c'd from PT 1/9", "last visit 5/2").
_ENDED_BEFORE = re.compile(
    r"\b(?:ended|completed|finished|concluded|done|discharged|d/c'?d|last\s+(?:visit|session))"
    r"(?:\s+(?:from|of)\s+(?:PT|OT|therapy|HEP))?\s*(?:on\s+|in\s+|:\s*)?$",
    re.IGNORECASE,
)


def ended_on(words: str, note_date: date, day: date) -> bool:
    """Whether ``day``, the one date in a statement of care (``words``), is written as the day
    the course ended ("... x 6 wks (12 visits, ended 2/27)")."""
    for mention in find_dates(words, note_date):
        before = words[max(0, mention.start - 40) : mention.start]
        if mention.when == day and _ENDED_BEFORE.search(before):
            return True
    return False
