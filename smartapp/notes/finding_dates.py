"""The date a finding is dated by: the past date written nearest to it in its statement, not
one a plan or assessment word parts from it, and not an addendum's label (the day the entry was
written). Split out of cues.py; :mod:`.statements` dates each finding with it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

#: Words that open a new part of a dictation that has no punctuation ("... quantiferon negative
#: in december plan infliximab 3 mg per kg ..."): a date before them is not the plan's date.
_PART_BREAK = re.compile(r"\b(?:plan|assessment|impression|a/p|recommend\w*)\b", re.IGNORECASE)


#: The label of an addendum or late entry ("ADDENDUM 2/17/2026:", "Addendum (02/17/26):", "Late
#: entry 2/17/2026 09:40 -"): its date is when the entry was written, not when what it says
#: happened (blind wave 14: "ADDENDUM 2/17/2026: Product changed from Durolane to Monovisc" is
#: this request's product, no series given on 2/17).
_ENTRY_LABEL = re.compile(
    r"^\W*(?:addendum|late entry|amendment|amended|correction)\W{0,3}(?:(?:dated|on|of)\s+)?$",
    re.IGNORECASE,
)
_LABEL_END = re.compile(
    r"^(?:\s*(?:@|at)?\s*\d{1,2}:\d{2}\s*(?:am|pm)?)?\s*(?:\)\s*)?[:\-–]", re.IGNORECASE
)


def entry_label_date(text: str, start: int, end: int) -> bool:
    """Whether the date at [start, end) of a statement is the label of its addendum."""
    return bool(_ENTRY_LABEL.search(text[:start]) and _LABEL_END.match(text[end:]))


def nearest_date(
    mentions: Sequence[Any], position: int, note_date: dt.date | None, text: str = ""
) -> dt.date | None:
    """The past date written nearest to a finding in its statement (None when there is none),
    not counting one that a plan/assessment word separates from the finding."""
    past = [
        m for m in mentions
        if (note_date is None or m.when <= note_date)
        and not _PART_BREAK.search(text[min(m.end, position) : max(m.start, position)])
    ]  # fmt: skip
    if not past:
        return None
    return min(past, key=lambda m: min(abs(m.start - position), abs(m.end - position))).when
