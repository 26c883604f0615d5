"""A side written with no body part in a finding's own clause is the side of the finding.

"R knee: mild OA, kneeling impossible on the left", "R knee: no pain. Kneeling impossible on the
left", "R knee ok, L side worse - can't do stairs or kneel": the limitation took the right knee
the statement (or the one before it) names, and a left TKA lost it (lead's class at stop 47,
s65-f). The clause's own side, written without the joint ("on the left", "L side worse", "worse
on the R", "left-sided"), says which knee: the finding keeps the region with that side. The
clause right before may give it ("L side worse, cannot kneel"). Only a side the regions already
carry is replaced: a bare side gives no side to a finding of no sided region, and a clause
that names its own body part ("kneeling hurts the L knee") is read by clause_regions.py.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.regions import SIDES, regions_in_text
from .clause_spans import clause_end, clause_start, last_break

#: "on the left", "L side worse", "left-sided", "worse on the R", "worse L"; not "L>R" (both).
_BARE_SIDE = lazy_re.compile(
    r"\b(?:on|to|of)\s+the\s+(left|right)\b"
    r"|\b(left|right|lt|rt|l|r)(?:\s+|-)(?:side[sd]?|worse|greater|more)\b(?!\s*(?:>|than))"
    r"|\bworse\s+(?:on\s+(?:the\s+)?)?(left|right|lt|rt|l|r)\b(?!\s*(?:>|<))",
    re.IGNORECASE,
)
_CLAUSE_END = lazy_re.compile(r"[,;.]|\s[-\u2013]\s")


def own_side(text: str, low: int, high: int, regions: frozenset[str]) -> frozenset[str]:
    """``regions`` of the finding at [low, high) of the statement ``text``, their sides those of
    the bare side its own clause (or the clause right before it) writes, when there is one."""
    if not any(":" in r for r in regions):
        return regions
    cut = last_break(text, low, _CLAUSE_END)
    side = _side(text[cut.end() if cut else 0 : clause_end(text, high, _CLAUSE_END)])
    if side is None and cut:
        before = clause_start(text, cut.start(), _CLAUSE_END)
        side = _side(text[before : cut.start()])  # "L side worse, cannot kneel"
    if side is None:
        return regions
    bases = {r.split(":")[0] for r in regions}
    return frozenset(bases | {f"{r.split(':')[0]}:{side}" for r in regions if ":" in r})


def _side(clause: str) -> str | None:
    """The one side ``clause`` writes with no body part, else None."""
    if regions_in_text(clause):
        return None  # "kneeling hurts the L knee": the clause names its own region
    sides = {SIDES[next(g for g in m.groups() if g).lower()] for m in _BARE_SIDE.finditer(clause)}
    return sides.pop() if len(sides) == 1 else None
