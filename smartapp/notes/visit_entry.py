"""Where a remote contact's note goes on to an in-person visit of the same day, written below it
in the same document.

A note is read as a remote contact from its opening (remote_contact.py), and what a remote note
says of an exam is the caller's report or copied forward. A chart that piles entries into one
document may open with the nurse's call and go on to the visit it booked: "Phone note (RN): pt
called re ED visit ... Booked same-day. --- Clinic visit 6/2: ... Exam: decreased pinprick
perianal, L plantarflexion 4/5, ankle jerk absent L." (blind wave 96, NG/lmri-03: the visit's
exam set aside as the caller's). From the visit's heading on, the note is that visit's: an exam
written there was made in person.

Only a heading that opens a later line and names an in-person visit ("Clinic visit 6/2:",
"Office visit:", "In-person visit (same day):"), not one that books or plans it ("Clinic visit
scheduled 6/10:"), and dated, if it is, on the note's own day: an older visit's heading in a
call's note ("Office visit 3/2: Exam: ...") is that visit's exam copied forward, still not made
at this contact. A note titled by its medium ("Telephone encounter") is left remote throughout.
"""

from __future__ import annotations

import re
from datetime import date

from .. import lazy_re
from .statement_kinds import REMOTE

#: A later line's heading naming an in-person visit, up to its colon: "Clinic visit 6/2:",
#: "Office visit (same day):", "In-person visit:". Its words before the colon are kept to be
#: read for a date or a booking. Not a video visit's attestation ("Face-to-face encounter
#: performed: ..."): no visit of its own.
_VISIT_HEADING = lazy_re.compile(
    r"\n[ \t]*(?:clinic|office|in[- ]?person|outpatient)\s+"
    r"(?:visit|appointment|appt)\b(?P<words>[^\n:]{0,30}):",
    re.IGNORECASE,
)
#: A heading that books or plans the visit, not one that holds it.
_BOOKED = lazy_re.compile(
    r"\b(?:sched\w*|book\w*|plan\w*|next|due|request\w*|pending|to\s+be|needed|upcoming)\b",
    re.IGNORECASE,
)
#: A month/day date in the heading ("6/2", "06/02/2026", "6/2/26").
_DAY = lazy_re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\b")


def in_person_from(title: str, text: str, day: date | None) -> int | None:
    """The offset where ``text`` goes on to an in-person visit's entry of the note's ``day``
    after a remote contact's, or None when it does not (or the note's ``title`` names it
    remote)."""
    if REMOTE.search(title):
        return None
    for match in _VISIT_HEADING.finditer(text):
        words = match.group("words")
        if _BOOKED.search(words) or not _same_day(words, day):
            continue
        return match.start() + 1
    return None


def _same_day(words: str, day: date | None) -> bool:
    """Whether the heading's date, if it writes one, is the note's day (its year, if given,
    too)."""
    found = _DAY.search(words)
    if not found:
        return True
    if day is None:
        return False
    month, dom, year = int(found.group(1)), int(found.group(2)), found.group(3)
    if (month, dom) != (day.month, day.day):
        return False
    return year is None or int(year) % 100 == day.year % 100
