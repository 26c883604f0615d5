"""When a specialty evaluation a note tells of was held: the date written with its own words.

LCD L33789 asks for the PT, OT or physiatrist's specialty evaluation of the power chair being
ordered, and WHC-008 reads it over the six months before the request. A recent note may quote an
old one: "PT eval 2019: seating and mobility evaluation, recommended power wheelchair", "Seating
eval completed 3/2019 by OT", "evaluation by PT (2019)". That is the 2019 evaluation, not a
current one (noticed at an earlier stop, brief s90-noticed2), as an ECG or a standardized score a
note restates keeps its own day (finding_dates.EVENT_CONCEPTS).

Only a date joined to the evaluation's words counts: right before them ("2019 seating eval", "PT
eval 2019: seating ...", "On 3/5/2019 PT did a seating evaluation") or after them, past nothing
but how and by whom it was held ("completed", "by PT", "in", a bracket). A date of something
else in the statement dates the diagnosis or the event it belongs to, not the evaluation:
"Seating and mobility evaluation by PT: ALS dx 2019" and "PT seating eval (ALS since 2019)" are
the visit's own evaluation, dated by the note.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.written_dates import find_dates

#: The evaluation's own word inside the target ("seating eval", "wheelchair assessment").
_EVALUATION_WORD = lazy_re.compile(r"\b(?:eval\w*|assess\w*|exam\w*)\b", re.IGNORECASE)
_BY = (
    r"(?:the\s+)?(?:pt|ot|physiatr\w*|pm&r|therapist|physical\s+therap\w*|occupational\s+"
    r"therap\w*|(?:dr\.?\s+)?[A-Z][a-z]+(?:,?\s+(?:pt|dpt|ot|otr(?:/l)?|md|do))?)"
)
#: Between the evaluation's words and a date after them: how and by whom it was held.
_HELD_THEN_DATE = lazy_re.compile(
    r"^(?:\s|[(,\-\u2013]|\b(?:was|were|is|completed|done|performed|held|dated|conducted|on|in|of|"
    r"from|at)\b|\bby\s+" + _BY + r")*$",
    re.IGNORECASE,
)
#: Between a date and the evaluation's words after it: a label or who held it ("PT eval 2019:
#: seating ...", "On 3/5/2019 PT did a seating evaluation").
_DATE_THEN_HELD = lazy_re.compile(
    r"^\s*\)?\s*[:\-\u2013,]?\s*(?:(?:pt|ot|physiatr\w*|pm&r|therapist)\s+)?"
    r"(?:(?:did|performed|completed|held|conducted)\s+)?(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)


def evaluation_date(finding: Any, written: date | None) -> date | None:
    """The date the evaluation ``finding`` was held by its own words (see the module docstring),
    else ``written``, the day of the note that tells it."""
    snippet = finding.snippet or ""
    at = snippet.lower().find(finding.text.lower())
    if at < 0 or written is None:
        return written
    word = _EVALUATION_WORD.search(snippet, at, at + len(finding.text))
    own_end = word.end() if word else at + len(finding.text)
    for mention in find_dates(snippet, written):
        if mention.when > written:
            continue  # a date to come is a booking, read as one elsewhere
        after = mention.start >= own_end and _HELD_THEN_DATE.match(snippet[own_end : mention.start])
        before = mention.end <= at and _DATE_THEN_HELD.match(snippet[mention.end : at])
        # "PT eval 2019: seating ...": the label's date inside the target's own words
        inside = at <= mention.start and mention.end <= own_end
        if after or before or inside:
            return mention.when
    return written
