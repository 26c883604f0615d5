"""A side written at a procedure is the procedure's: "Plan R TKA 3/10 as the other knee is
better" plans the right knee only.

A statement's regions are all the sides it names, and "the other knee" beside "R" is made the
left (evidence/other_side.resolved): the plan for the right knee then stood as the plan of a
left TKA order, a gap called met (noticed at stop 52, s71-f). The side written right before the
procedure ("R TKA", "rt. THA", "right total knee arthroplasty") or right after it ("TKA R knee",
"TKA on the left", "TKA (R)") names the one it is for; the rest of the statement says why, or
what comes next for the other side ("R TKA 3/10 then L TKA in summer": each keeps its own). A
procedure with no single side at it keeps the statement's sides, as before.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.regions import QUALIFIERS, SIDES

_WORD = r"(left|right|lt|rt|l|r)"
#: The side right before: "R TKA", "rt. TKA", "right-sided TKA", the kind between them as
#: regions.py reads it ("R reverse TSA": s72-f); not "L>R TKA" (both knees).
_BEFORE = lazy_re.compile(
    rf"(?<![>/<&+\w])\s*{_WORD}\.?(?:-sided)?[\s-]+{QUALIFIERS}$", re.IGNORECASE
)
#: The side right after: "TKA R knee", "TKA on the left", "TKA of the R knee", "TKA (R)";
#: not "TKA R>L", "TKA R and L", nor a list in brackets ("TKA (L knee, R knee mild)").
_AFTER = lazy_re.compile(
    rf"^\s*(?:\(\s*{_WORD}\s*\)|(?:(?:on|of|to|for)\s+(?:the\s+|her\s+|his\s+)?)?{_WORD}\b\.?"
    r"(?!\s*(?:[>/<&+]|and\b|or\b)))",
    re.IGNORECASE,
)


def target_side(text: str, low: int, high: int, regions: frozenset[str]) -> frozenset[str]:
    """``regions`` of the target at [low, high) of ``text``, a region given two sides keeping
    only the one written at the target, when one is."""
    sided: dict[str, set[str]] = {}
    for region in regions:
        base, _, side = region.partition(":")
        if side:
            sided.setdefault(base, set()).add(side)
    if not sided or all(sides <= {"bilateral"} for sides in sided.values()):
        return regions
    found = {_side(_BEFORE.search(text[:low])), _side(_AFTER.search(text[high:]))} - {None}
    if len(found) != 1:
        return regions
    # "Plan: TKA on the right 3/10 since the left knee has a wound": the side at the procedure
    # replaces the one the statement names elsewhere, as it does beside a second one.
    side = found.pop()
    return frozenset(r for r in regions if ":" not in r) | {f"{base}:{side}" for base in sided}


def _side(match: re.Match[str] | None) -> str | None:
    """The side of a :data:`_BEFORE` or :data:`_AFTER` match, None for no match."""
    return SIDES[next(g for g in match.groups() if g).lower()] if match else None
