"""An RDI restated from a study whose report counts RERAs in it.

LCD L33718 reads the RDI as apneas plus hypopneas per hour; respiratory effort-related arousals
(RERAs) are not counted in it. A study report that gives "RERA index 4.1, RDI 9.0" beside an
AHI of 4.9 tells the RDI is the AHI plus the RERAs, so it is not the LCD's index (the note
reading already drops that report's own RDI: flag_corrections, WITH_RERAS). A note that then
restates the figure ("PSG AHI <5 but RDI 9 with sleepiness") is the same RERA-counting RDI,
though it says nothing of RERAs itself (blind wave 54, GU/cpap-02). A note's RDI counts as that
study's when the record holds a text mentioning RERAs that gives the same RDI value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..notes.measure_values import WITH_RERAS
from .context import Context

#: An RDI and its value: "RDI 9.0", "RDI: 9", "RDI of 9/h", "respiratory disturbance index 9".
_RDI = re.compile(
    r"\b(?:rdi|respiratory\s+disturbance\s+index)\b\s*(?:of|:|=|was|is|\()?\s*(\d+(?:\.\d+)?)",
    re.IGNORECASE,
)


def _rera_rdis(texts: Iterable[str]) -> set[float]:
    """The RDI values written in texts that speak of RERAs."""
    return {
        float(m.group(1)) for text in texts if WITH_RERAS.search(text) for m in _RDI.finditer(text)
    }


def rera_counted(found: list[Any], ctx: Context) -> list[Any]:
    """``found`` without the RDI readings a RERA-counting study report gives the value of."""
    if not any(f.concept == "rdi" for f in found):
        return found
    rera = _rera_rdis(ctx.texts.values())
    return [f for f in found if f.concept != "rdi" or f.value not in rera]
