"""A visit held and then a discussion: "Saw pt in person, discussed next steps", "Pt seen in
clinic; discussed options" (brief s65-l, lead's class from s65 sessions). ConText's backward
"discussed" ("Surgery discussed") reads over the comma onto the visit, as if the visit were only
talked about. When the visit is told in the past tense right before it ("saw", "seen",
"examined", "visited", "met with") and every cue to come is a "discussed" in a later clause that
has its own object, the visit was held. "Discussed seeing pt in person next month" keeps its cue
before the visit, and "will see in person, discussed" has no past visit verb: both stay to come.

Its mirror: a visit only offered or turned down, the word written after it ("Office visit
offered, daughter cannot bring her this week", "F2F visit offered - pt declined", "in-person visit
refused": blind wave 69, JD/home-health-03). ConText's "offered" reads forward only (in
"Meloxicam offered - pt prefers OTC ibuprofen" the ibuprofen is taken), so the visit before it
was read as held.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: The visit told as held, in its own clause right before the target or opening it: "Saw pt in
#: person", "Pt seen in clinic", "examined the patient face to face".
_HELD_BEFORE = lazy_re.compile(
    r"\b(?:saw|seen|examined|visited|met\s+with|evaluated)\b[^,;.\n]{0,25}$", re.IGNORECASE
)
#: A time still ahead in the visit's clause keeps it to come ("to be seen in person next week").
_AHEAD = lazy_re.compile(r"\b(?:will|to\s+be|next|planned|scheduled|plan)\b", re.IGNORECASE)
#: The discussion opens a clause of its own after the visit: a comma, semicolon or "and" between.
_CLAUSE_GAP = lazy_re.compile(r"[^;,]{0,30}?(?:[,;]|\band\b)\s*(?:we\s+|i\s+|then\s+)?$", re.I)
_DISCUSSED = frozenset({"discussed", "discuss", "we discussed"})


def visit_held_then_discussed(ent: Any) -> bool:
    """True when every HYPOTHETICAL cue on the visit ``ent`` is a later clause's "discussed" and
    the visit itself is told as held just before it."""
    cues = [m for m in ent._.modifiers if m.category == "HYPOTHETICAL"]
    if not cues:
        return False
    text = ent.doc.text
    before = text[max(0, ent.start_char - 40) : ent.start_char]
    # The verb may be the target's own first word ("Pt seen in clinic").
    if not _HELD_BEFORE.search(before + ent.text) or _AHEAD.search(before):
        return False
    for cue in cues:
        span = ent.doc[slice(*cue.modifier_span)]
        if span.text.lower() not in _DISCUSSED or span.start_char < ent.end_char:
            return False
        if not _CLAUSE_GAP.match(text[ent.end_char : span.start_char]):
            return False
    return not _AHEAD.search(text[ent.end_char : ent.end_char + 30].split(",")[0])


#: The offer or refusal right after the visit word: "offered", "was offered", "declined",
#: "refused" standing alone ("in person declined surgery" declines the surgery, not the visit).
_OFFERED_AFTER = lazy_re.compile(
    r"^\s*(?:visit\s+|appt\s+|appointment\s+)?(?:was\s+|were\s+|again\s+)?(?:offered|"
    r"(?:declined|refused)(?=\s*(?:$|[-\u2013\u2014.;:,()]|by\b)))",
    re.IGNORECASE,
)


def visit_only_offered(after: str) -> bool:
    """True when the text right ``after`` a visit word says the visit was only offered or was
    turned down: no visit was held."""
    return bool(_OFFERED_AFTER.match(after))
