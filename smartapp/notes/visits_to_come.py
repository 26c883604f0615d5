"""A visit that its statement dates after the note writing it is a visit still to come.

"In-person visit 3/30/26 with sleep medicine" in a note of 2/24/26 is an appointment, not the
face-to-face evaluation (blind wave 25, CM/sleep-03: the ordering physician's telephone note
named the clinic visit "booked 3/30/26"; ConText reads "booked", this reads the date). A date
after the note's own day is never when something in it happened (finding_dates.nearest_date drops
such dates), so without this the visit took the note's date and counted as done.

Only the date written in the visit's own clause, close to it, dates the visit: in "In-person visit
2/10/26 with cardiology, then follow-up 3/30" the visit is of 2/10, and in "Seen in clinic today,
return 4/2" the return is another visit. A note with no date of its own is not judged by dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .written_dates import DateMention

#: What separates the visit from a date that belongs to something else in the statement.
_CLAUSE_BREAK = re.compile(r"[,;()]|\s[-–]\s|\b(?:then|and|but|today|now)\b", re.IGNORECASE)
#: How far from the visit its date may be written ("office visit on 4/2/26", "visit w/ Dr. X
#: 3/30").
_REACH = 40


def dated_ahead(
    text: str, start: int, end: int, mentions: Sequence[DateMention], note_date: dt.date | None
) -> bool:
    """Whether the date written next to the visit at [start, end) of ``text`` (a statement) is
    after ``note_date``: the visit is still to come."""
    if note_date is None:
        return False
    own = [
        m for m in mentions
        if _gap(m, start, end) <= _REACH
        and not _CLAUSE_BREAK.search(text[min(m.end, end) : max(m.start, start)])
    ]  # fmt: skip
    if not own:
        return False
    nearest = min(own, key=lambda m: _gap(m, start, end))
    return nearest.when > note_date


def _gap(mention: DateMention, start: int, end: int) -> int:
    return max(mention.start - end, start - mention.end, 0)
