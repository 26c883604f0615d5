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
#: regions.py reads it ("R reverse TSA": s72-f); not "L>R TKA", "L > R TKA" (ranked below).
_BEFORE = lazy_re.compile(
    rf"(?<![>/<=&+\w])(?<![>/<=&+]\s)\s*{_WORD}\.?(?:-sided)?[\s-]+{QUALIFIERS}$",
    re.IGNORECASE,
)
#: Two sides ranked right before a planned procedure: "Plan L>R TKA", "L > R total knee
#: arthroplasty", "R<L TKA". Surgeons rank the knees worse first and operate on the worse one
#: first, so the plan is the greater side's (s72-f: "L>R TKA" read as a right TKA, the letter
#: after ">" taken for its side). A ranking at a finding ("L>R knee pain") names both sides.
_RANKED_BEFORE = lazy_re.compile(
    rf"(?<![\w>/<=&+]){_WORD}\s*(>+|<+|=)\s*{_WORD}\.?[\s-]+{QUALIFIERS}$", re.IGNORECASE
)
#: The side right after: "TKA R knee", "TKA on the left", "TKA of the R knee", "TKA (R)";
#: not "TKA R>L", "TKA R and L", nor a list in brackets ("TKA (L knee, R knee mild)").
_AFTER = lazy_re.compile(
    rf"^\s*(?:\(\s*{_WORD}\s*\)|(?:(?:on|of|to|for)\s+(?:the\s+|her\s+|his\s+)?)?{_WORD}\b\.?"
    r"(?!\s*(?:[>/<&+]|and\b|or\b)))",
    re.IGNORECASE,
)


def target_side(
    text: str, low: int, high: int, regions: frozenset[str], planned: bool = False
) -> frozenset[str]:
    """``regions`` of the target at [low, high) of ``text``, a region given two sides keeping
    only the one written at the target, when one is; a ``planned`` procedure's also the greater
    of two ranked right before it ("L>R TKA")."""
    sided: dict[str, set[str]] = {}
    for region in regions:
        base, _, side = region.partition(":")
        if side:
            sided.setdefault(base, set()).add(side)
    if not sided or all(sides <= {"bilateral"} for sides in sided.values()):
        return regions
    found = {_side(_BEFORE.search(text[:low])), _side(_AFTER.search(text[high:]))} - {None}
    if planned:
        found.add(_greater(_RANKED_BEFORE.search(text[:low])))
        found.discard(None)
    if len(found) != 1:
        return regions
    # "Plan: TKA on the right 3/10 since the left knee has a wound": the side at the procedure
    # replaces the one the statement names elsewhere, as it does beside a second one.
    side = found.pop()
    return frozenset(r for r in regions if ":" not in r) | {f"{base}:{side}" for base in sided}


def _side(match: re.Match[str] | None) -> str | None:
    """The side of a :data:`_BEFORE` or :data:`_AFTER` match, None for no match."""
    return SIDES[next(g for g in match.groups() if g).lower()] if match else None


def _greater(match: re.Match[str] | None) -> str | None:
    """The greater side of a :data:`_RANKED_BEFORE` match ("L>R": left, "R<L": left); None
    for no match or two sides ranked even ("L=R")."""
    if match is None:
        return None
    first, rank, second = match.groups()
    if rank == "=":
        return None
    return SIDES[(first if rank.startswith(">") else second).lower()]
