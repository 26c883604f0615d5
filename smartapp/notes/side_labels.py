"""A statement labelled by a side alone is that side's: "Left: severe lateral compartment OA".

A report of both knees tells each side under a bare side label: "XR BILAT KNEES standing
2/2/2026. Impression: Right TKA components well fixed, no loosening. Left: severe lateral
compartment OA with complete joint space loss, valgus deformity, subchondral cysts." The left
statement names the knee (its compartment) without a side, so the side carried from the
statement before it (the right TKA's) was given to it, and a left TKA's film showed no arthritis
(blind wave 93, MS/tka-02). The label says whose statement it is: its side replaces the one the
regions carry, and what the report goes on to say without a side stays with it (findings.py
carries it). Exam grids write the same ("R: + McMurray, medial JLT", "Lt: no effusion").

Only a label that opens the statement, once: "R: mild OA; L: severe OA" names two sides in one
statement, left to the clause readers as before; nor one before a bare value ("R: 18"). A label
with its region ("Left knee:") is read by regions.py and headings.py; a label that is no side
("Lumbar:", "ROM:") changes nothing.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.regions import SIDES, regions_in_text

#: A side alone before a colon, opening the statement (after bullets or an "Impression:"-like
#: label): "Left:", "RIGHT:", "Lt.:", "R:". Not "L>R:", "L/R:", "Left and right:".
_OPENING = lazy_re.compile(
    r"^[\s*\u2022>#-]*(?:(?:impression|findings?|exam|xr|x-?ray|films?)\s*:\s*)?"
    r"(?P<side>left|right|lt|rt|l|r)\.?\s*:(?!\S)",
    re.IGNORECASE,
)
#: A word after the label: what it says is a statement, not a bare value.
_WORDS = lazy_re.compile(r"[A-Za-z]{2,}")
#: Another side label later in the statement: "R: mild OA; L: severe OA".
_ANOTHER = lazy_re.compile(r"[,;]\s*(?:left|right|lt|rt|l|r)\.?\s*:(?!\S)", re.IGNORECASE)


def labelled_side(text: str, regions: frozenset[str]) -> frozenset[str]:
    """``regions`` of the statement ``text`` with the side its opening label writes, when it
    opens with a bare side label and names or carries a region; else ``regions`` unchanged."""
    if not regions:
        return regions  # a side of nothing: "R: 18" in a vitals line
    match = _OPENING.match(text)
    if match is None or _ANOTHER.search(text, match.end()):
        return regions
    if not _WORDS.search(text, match.end()):
        return regions  # "R: 18", "L: 4/5": a value, not a statement about the side's joint
    if any(":" in r for r in regions_in_text(text[match.end() :])):
        return regions  # "L: R knee aspirated" names its own side
    side = SIDES[match["side"].lower()]
    bases = {r.split(":", 1)[0] for r in regions}
    return frozenset(bases | {f"{base}:{side}" for base in bases})
