"""The side a spine lesion's level gives it ("L5-S1 mild right foraminal narrowing"): split from
:mod:`.regions`, whose side table it reads."""

from __future__ import annotations

import re

from .. import lazy_re
from .regions import SIDES

#: A spine lesion's side follows its level: "L5-S1 mild right foraminal narrowing", "L4-5 left
#: paracentral protrusion", "C6-7 left-sided foraminal stenosis" (a side at most two words before
#: the lesion, in its clause). Radiculopathy is one-sided: a right-sided lesion is no concordant
#: finding for a left S1 injection (blind wave 14, AT/inj-02).
_LESION_SIDE = lazy_re.compile(
    r"(?<![\w/-])(?P<side>right|rt|r|left|lt|l)\.?(?:[\s-]+sided)?\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_SPINE = frozenset({"cervical", "thoracic", "lumbar"})


def lesion_side(regions: frozenset[str], before: str) -> frozenset[str]:
    """``regions`` with the side written just before a spine lesion (``before``: its clause up
    to the lesion) given to the spine regions that name none."""
    match = _LESION_SIDE.search(before)
    if match is None or any(":" in r and r.split(":")[0] in _SPINE for r in regions):
        return regions
    side = SIDES[match.group("side").lower()]
    return regions | {f"{r}:{side}" for r in regions if r in _SPINE}
