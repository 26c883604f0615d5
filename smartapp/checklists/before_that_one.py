"""Care a note tells of as given before an earlier one of something: "s/p R THA 5/2024 (did great;
had 6 mo of PT/NSAIDs/injection before that one)".

"That one" points back to what the note named just before, here a replacement done two years
earlier: the six months of care were that hip's, ended by that surgery, not six months up to the
visit for the other hip (blind wave 39, ER/hip-03: a 180-day episode for a left THA whose own
care was seven weeks of meloxicam and three PT visits). The care's weeks end on the last date
written before its statement on the same line; with none, it is past history with no date, which
is no part of this episode. Not "before that" alone, which orders this episode's own care ("used
diclofenac gel before that", after the meloxicam of September).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .. import lazy_re
from ..notes.clauses import clause_of
from ..notes.durations import find_dates

#: "before that one", "prior to the other one", "before the first one".
_BEFORE_ONE = lazy_re.compile(
    r"\b(?:before|prior to|preceding)\s+(?:that|the other|the first)\s+one\b", re.IGNORECASE
)
#: How far back on its line the earlier one's date is looked for.
_REACH = 300
#: Told so, with no day for the earlier one: past history, no piece of this episode.
NO_DAY = (date.min, date.min)


def before_that_one(
    finding: Any, text: str, note_date: date, days: int | None
) -> tuple[date, date] | None:
    """When care told of as given before an earlier one ran: its weeks (``days``) up to the
    latest date written before its statement on its line, or :data:`NO_DAY` when no date is
    written there; None when its clause does not tell it so."""
    snippet = finding.snippet
    at = snippet.lower().find(finding.text.lower())
    if not _BEFORE_ONE.search(clause_of(snippet, max(at, 0))):
        return None
    start = finding.start - at if at >= 0 else finding.start
    line = text.rfind("\n", 0, start) + 1
    lead = text[max(line, start - _REACH) : start]
    found = sorted(find_dates(lead, note_date), key=lambda m: m.start)
    dates = [m.when for m in found if m.when <= note_date]
    if not dates:
        return NO_DAY
    day = dates[-1]
    return day - timedelta(days=days or 0), day
