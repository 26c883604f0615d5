"""A side named inside a bracketed aside of its own stays inside it.

"R knee lateral pain since Jan. (L knee scoped elsewhere 12/2025, doing well.) PT 8 wks
Feb-Apr, meloxicam 15 qd x3 mos, quit running." The aside is a sentence of its own about the
other knee; the statement splitter kept it with the care after it, so the PT and meloxicam took
the left knee and a right-knee scope found no care at all (blind wave 86, LS/kas-03). An aside
that is a sentence of its own (its full stop inside the brackets) or that opens the statement
with a clause of its own tells about what it names only: the rest of the statement, and the
statements after it, keep the region the note gave them before. A finding inside the aside is
the aside's region ("scoped" above is the left knee's).

Not an aside that only labels what it follows ("PT x6 wks (R knee)", "moderate OA (R knee)",
"naproxen (for R knee pain)"): it gives that its region, as before (clause_regions.py).
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.regions import regions_in_text

#: A bracketed aside with no brackets inside.
_ASIDE = lazy_re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
#: Its own full stop inside the closing bracket: "(L knee scoped 12/2025, doing well.)".
_OWN_STOP = lazy_re.compile(r"[.!?]\s*[)\]]$")
#: What may stand before an aside that opens the statement: bullets, spaces.
_OPENING = lazy_re.compile(r"^[\s*\u2022>-]*$")
_WORD = lazy_re.compile(r"[a-z0-9]+", re.IGNORECASE)


def own_asides(text: str) -> list[tuple[int, int]]:
    """The [start, end) of each aside of ``text`` that is a sentence of its own and names a
    region: its full stop inside the brackets, or opening the statement with at least four
    words ("(L knee scoped elsewhere 12/2025) PT 8 wks" but not "(R knee) PT 8 wks")."""
    spans = []
    for match in _ASIDE.finditer(text):
        aside = match.group()
        sentence = bool(_OWN_STOP.search(aside)) or (
            bool(_OPENING.match(text[: match.start()])) and len(_WORD.findall(aside)) >= 4
        )
        if sentence and regions_in_text(aside[1:-1]):
            spans.append((match.start(), match.end()))
    return spans


def outside_regions(text: str) -> frozenset[str]:
    """The regions ``text`` names outside its asides of their own (:func:`own_asides`)."""
    spans = own_asides(text)
    if not spans:
        return regions_in_text(text)
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        kept.append(" " * (end - start))  # same length: offsets stay those of the statement
        at = end
    kept.append(text[at:])
    return regions_in_text("".join(kept))


def aside_regions(text: str, low: int, high: int) -> frozenset[str] | None:
    """The regions of the aside of its own holding [low, high) of ``text``; None when the
    finding lies in none."""
    for start, end in own_asides(text):
        if start <= low and high <= end:
            return regions_in_text(text[start + 1 : end - 1])
    return None
