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

The other way round, an item after a dated one that says something of its own: "failed PT 8 wks
(fall 2025), meloxicam -> GI bleed, tylenol 1g TID, HEP" (blind wave 90, MG/hyaluronan-01). The
weeks and the fall are the PT's, in its own words before the comma; the Tylenol told with its
own dose and schedule, the meloxicam with its own outcome (a GI bleed the allergy list dates to
2024), are items of their own and take no time of the PT's: undated, they are the note's
(:func:`apart_after_dated`). A bare name after the dated item ("PT 2022 (12 visits) and again
spring 2024 (8 wks), daily HEP, naproxen") still continues that history and shares its time,
as do items joined by "and" or "+" ("PT x 6 wks and naproxen").
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


#: Where the item before ends: a list's comma or semicolon (not "and", "+", "with").
_LIST_BREAK = lazy_re.compile(r"[,;]\s*$")
#: Words of an item's own beyond its name: a dose, a schedule, a remark ("1g TID", "-> GI bleed").
_OWN_SAY = lazy_re.compile(r"[A-Za-z0-9]")


def apart_after_dated(
    snippet: str, begin: int, end: int, name: str, note_date: date | None
) -> bool:
    """Whether the care whose own words are ``snippet[begin:end]`` (its name ``name`` first) is
    an item apart from a time written before it, in an earlier item's words (see above)."""
    lead = snippet[:begin]
    if not _LIST_BREAK.search(lead) or _SHARED.search(snippet):
        return False
    if not (find_durations(lead, note_date) or find_dates(lead, note_date)):
        return False
    rest = snippet[begin:end]
    at = rest.lower().find(name.lower())
    own = rest[at + len(name) :] if at >= 0 and name else ""
    return bool(_OWN_SAY.search(own))
