"""A whole-number reading that a measured value on file rounds to is that value restated.

A letter of medical necessity summarises: 'morbid obesity with a BMI of 35' six days after the
consult measured 'Wt 95.0 kg, Ht 165 cm, BMI 34.9' (and charted the Observation 34.9) is the
34.9 rounded, not a second weighing that reached 35 (blind wave 22, BZ/bar-02: every BMI of the
last 12 months under 35). The payer's threshold is met by what was measured, so a whole number
that the exact reading of the days before it rounds to (34.5-35.49 to 35) stands for that
reading when the two fall on opposite sides of the threshold. A whole number with no measured
value behind it, one written with its decimals ('BMI 35.0'), or a measurement more than
``DAYS`` before it is read as written.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from .context import Context

#: How long before a summary the measurement it rounds may have been taken.
DAYS = 30
#: LOINC codes of the Observations that chart a measure (only where a summary rounds them).
OBSERVATION_CODES = {"bmi": frozenset({"39156-5"})}
_FINAL = frozenset({"final", "amended", "corrected", ""})


def _rounds_to(exact: float) -> int:
    return math.floor(exact + 0.5)


def _written_whole(finding: Any) -> bool:
    """The reading is a whole number, written without decimals ('BMI of 35', not '35.0')."""
    value = finding.value
    if value != int(value):
        return False
    return not re.search(rf"(?<![\d.]){int(value)}\.\d", finding.snippet or "")


def _measured(found: list[Any], ctx: Context, concept: str, when: Callable) -> list:
    """(value, day) of every exact reading of ``concept``: a note's with its decimals, and the
    final Observations charting it."""
    out = [(f.value, when(f)) for f in found if f.value != int(f.value) and when(f)]
    codes = OBSERVATION_CODES.get(concept, frozenset())
    for item in ctx.record.of("Observation") if codes else ():
        if item.value is None or item.date is None or item.status not in _FINAL:
            continue
        if item.value != int(item.value) and any(c.code in codes for c in item.codes):
            out.append((item.value, item.date))
    return out


def without_roundings(
    found: list[Any], ctx: Context, when: Callable[[Any], date | None], inside: Callable
) -> list[Any]:
    """``found`` less the whole-number readings that restate, rounded, an exact reading of the
    ``DAYS`` before them lying on the other side of the bounds (``inside(value)``)."""
    out = []
    for f in found:
        day = when(f)
        if day is None or not _written_whole(f):
            out.append(f)
            continue
        exact = [
            value for value, taken in _measured(found, ctx, f.concept, when)
            if day - timedelta(days=DAYS) <= taken <= day and _rounds_to(value) == f.value
        ]  # fmt: skip
        if exact and all(inside(value) != inside(f.value) for value in exact):
            continue  # "BMI of 35" in the letter is the consult's 34.9 rounded
        out.append(f)
    return out
