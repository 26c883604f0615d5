"""A visit that its statement dates after the note writing it is a visit still to come.

"In-person visit 3/30/26 with sleep medicine" in a note of 2/24/26 is an appointment, not the
face-to-face evaluation (blind wave 25, CM/sleep-03: the ordering physician's telephone note
named the clinic visit "booked 3/30/26"; ConText reads "booked", this reads the date). A date
after the note's own day is never when something in it happened (finding_dates.nearest_date drops
such dates), so without this the visit took the note's date and counted as done.

Only the date written in the visit's own clause, close to it, dates the visit: in "In-person visit
2/10/26 with cardiology, then follow-up 3/30" the visit is of 2/10, and in "Seen in clinic today,
return 4/2" the return is another visit. A note with no date of its own is not judged by dates.

An undated visit is still to come when its own words say so: "To be seen in person next wk.",
"Pt to be seen in clinic in 2 wks", "f/u in person in 1 month". ConText's "to be seen" overlaps
the visit's own words "seen in person" and so is never applied to them (a modifier inside its
target is dropped), and a time ahead written after the visit is not ConText's at all: both are
read here, right against the visit. "Seen in person today", "was seen in person 8/12" and "seen
in person 2 wks ago" are visits held.

So is a visit its statement opens as one to come, the modality written after it across a comma
or a bracket: "Next f/u 12/1 (in person)", "RTC 4 wks, in-person", "Next appt: in-person, 8/15",
"F/u 6 wks in person", "Plan to see in person" (s65-e). A yearless date months ahead is read as
last year's (calendar_days), so only the opening word tells these. Not a visit held before its
return is written ("Pt seen in-person, RTC 4 wks"), nor a visit note's title ("Follow-up visit
(in person)": a follow-up held today).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .. import lazy_re
from .reports_to_come import AHEAD_AFTER
from .written_dates import DateMention

#: What separates the visit from a date that belongs to something else in the statement.
_CLAUSE_BREAK = lazy_re.compile(r"[,;()]|\s[-–]\s|\b(?:then|and|but|today|now)\b", re.IGNORECASE)
#: How far from the visit its date may be written ("office visit on 4/2/26", "visit w/ Dr. X
#: 3/30").
_REACH = 40
#: The passive of a visit to come written right before it: "to be seen", "will be seen", "should
#: be seen", "pt will b seen" (not "has been seen", "was seen").
_TO_BE = lazy_re.compile(r"\b(?:to|will|shall|should|must|would)\s+(?:be|b)\s+$", re.IGNORECASE)
#: What opens a statement about a visit still to come, before the visit's words in the same
#: clause: the next visit, a return to clinic, a follow-up set a time ahead ("f/u 6 wks", "RTC
#: in 3 mo"), one planned. Not "next steps" talked over. A bare "f/u" or "follow-up" is no such
#: word: it names the follow-up visit held ("Follow-up visit (in person)").
_OPENS_AHEAD = lazy_re.compile(
    r"\b(?:(?:next|nxt)(?!\s+steps?\b)|upcoming|future|rtc|rto|plan(?:s|ned)?\s+to|"
    r"(?:will|to)\s+(?:see|f/u)|"
    r"(?:f/u|follow[- ]?up|return(?:\s+to\s+(?:clinic|office))?)\s+(?:in\s+)?~?\s*"
    r"\d+(?:\s*-\s*\d+)?\s*-?\s*(?:d|days?|wks?|weeks?|mos?|months?)\b)",
    re.IGNORECASE,
)
#: What between that opening and the visit's words tells a visit held after all ("Next visit
#: was cancelled; seen in person today"), or a new sentence or clause.
_HELD_BETWEEN = lazy_re.compile(
    r"[.;]|\b(?:seen|today|was|were|held|done|completed|examined)\b", re.IGNORECASE
)
#: A visit's words that say it was held: "seen in person", "seen in clinic".
_SEEN = lazy_re.compile(r"seen\b", re.IGNORECASE)
#: How far before the visit's words its opening may be ("Next f/u 12/1 (in person)").
_OPEN_REACH = 40
#: A visit's noun between its modality and the time ahead: "in-person visit in 3 mo".
_VISIT_NOUN = lazy_re.compile(
    r"\s*(?:visit|appt|appointment|f/u|follow[- ]?up|eval(?:uation)?)\b", re.IGNORECASE
)


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


def said_ahead(text: str, start: int, end: int) -> bool:
    """Whether the visit at [start, end) of ``text`` (a statement) is one its own words put
    ahead: "to be seen in person", "in person in 1 month", "in-person visit next wk", "RTC 4
    wks, in-person"."""
    if _TO_BE.search(text[max(0, start - 20) : start]):
        return True
    if not _SEEN.match(text, start, end):  # "seen in person" tells a visit held
        lead = text[max(0, start - _OPEN_REACH) : start]
        opens = list(_OPENS_AHEAD.finditer(lead))
        if opens and not _HELD_BETWEEN.search(lead, opens[-1].end()):
            return True
    noun = _VISIT_NOUN.match(text, end)
    return bool(AHEAD_AFTER.match(text, noun.end() if noun else end))
