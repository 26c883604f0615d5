"""Whether a time written after the last item of a comma list dates that item alone
(care_parts.py).

"naproxen, PT, heating pad since Oct": the months are the heating pad's; read as the whole
statement's, the naproxen and the PT ran from October too and a lumbar MRI's six weeks of
provider-directed care were met by a heating pad (brief s70-f). A care whose own words end at a
comma or semicolon before the next item is an item of its own: the time after the items is not
its. Shared still where the list says so ("naproxen and PT, both since Oct", "PT, HEP, NSAIDs -
all x 8 wks"), where a time is written before the care ("Since Oct: naproxen, PT, HEP"), and
where the items are joined by "and" or "+" ("PT and naproxen x 6 wks": one course,
care_parts.py).
"""

from __future__ import annotations

import re
from datetime import date

from .. import lazy_re
from ..notes.durations import find_dates, find_durations

#: A word that gives the time to every item of the list.
_SHARED = lazy_re.compile(
    r"\b(?:both|all|each|together|combined|altogether|in total|total|throughout)\b",
    re.IGNORECASE,
)
#: The care's own words end at a list's comma or semicolon.
_ITEM_END = lazy_re.compile(r"[,;]\s*$")


def listed_apart(snippet: str, begin: int, end: int, note_date: date | None) -> bool:
    """Whether the care whose own words are ``snippet[begin:end]`` is a list item apart from the
    time written after it (see above)."""
    if not _ITEM_END.search(snippet, begin, end):
        return False
    lead = snippet[:begin]
    if find_durations(lead, note_date) or find_dates(lead, note_date):
        # "Since Oct: naproxen, PT, HEP": the time opens the list, all of it. So a time before
        # the care: "PT 2022 (12 visits) and again spring 2024 (8 wks), daily HEP, naproxen"
        # tells a history whose times the HEP's undated words would have left for the note's
        # day, inside a window they are not (test_judgement_wave25_care_again).
        return False
    return not _SHARED.search(snippet, end)
