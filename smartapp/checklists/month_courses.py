"""A course of stated weeks dated by a month alone: "meloxicam x 2 wks in Sept (stopped - GI
upset)". Its weeks fell some time in that month, and which days is not written: read from the
1st, two weeks of meloxicam before PT begun 9/14 made 9/1-10/13 the six weeks an MRI asks for,
where the reviewer counted four weeks of PT and two of a drug (blind wave 36, DN/aim-03). As a
course dated by a year alone is placed as late as it can end (care_dates.year_only),
weeks shorter than their month may have begun as late as its end less those weeks (never past
the note), and an episode they open starts no earlier (``Piece.late_start``): the episode is
credited only with days the words prove. The piece itself stays from the 1st, so a pause after
it ("Stopped meloxicam after 5 days in January", then PT from 2/20) still parts two attempts
(episode_spans.episodes_of). Weeks longer than the month began in it, from the 1st.
A month the care started in ("since Sept", "started in May x 3 wks") is a start, read as before.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from typing import Any

from .. import lazy_re
from ..notes.durations import find_dates, find_durations
from ..notes.written_dates import MONTH_PATTERN

#: A month written without its day or year: "Sept", "in May".
_MONTH_ALONE = lazy_re.compile(rf"(?:(?:in|during)\s+)?(?:{MONTH_PATTERN})\.?", re.IGNORECASE)
#: Words that make the month a start: "since Sept", "started in May", "from June".
_STARTED = lazy_re.compile(
    r"\b(?:since|start\w*|began|begun|from|initiated)\s+(?:in\s+|on\s+|around\s+)?$",
    re.IGNORECASE,
)


def placed_in_month(finding: Any, words: str | None, note_date: date, days: int) -> date | None:
    """The latest day ``days`` of care may have begun when the finding's only date is one month
    alone (see the module docstring); None otherwise."""
    text = words or finding.snippet
    found = find_dates(text, note_date)
    if len(found) != 1 or not _MONTH_ALONE.fullmatch(text[found[0].start : found[0].end].strip()):
        return None
    mention = found[0]
    if _STARTED.search(text[max(0, mention.start - 20) : mention.start]):
        return None
    if any(d.start <= mention.start < d.end for d in find_durations(text, note_date)):
        return None  # the month is part of a duration ("since Sept")
    first = mention.when.replace(day=1)
    last = min(first.replace(day=monthrange(first.year, first.month)[1]), note_date)
    if days > (last - first).days:
        return None
    return last - timedelta(days=days)
