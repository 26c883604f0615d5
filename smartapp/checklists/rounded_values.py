"""A whole-number reading that a measured value on file rounds to is that value restated.

A letter of medical necessity summarises: 'morbid obesity with a BMI of 35' six days after the
consult measured 'Wt 95.0 kg, Ht 165 cm, BMI 34.9' (and charted the Observation 34.9) is the
34.9 rounded, not a second weighing that reached 35 (blind wave 22, BZ/bar-02: every BMI of the
last 12 months under 35). The payer's threshold is met by what was measured, so a whole number
that the exact reading of the days before it rounds to (34.5-35.49 to 35) stands for that
reading when the two fall on opposite sides of the threshold. A whole number with no measured
value behind it, one written with its decimals ('BMI 35.0'), or a measurement more than
``DAYS`` before it (a sleep index: ``STUDY_DAYS``) is read as written. A BMI nobody wrote
down is measured too: the visit's 'Wt 216 lb, Ht 5'6"' is 34.9 (``computed_bmi.worked_out``),
which the letter of medical necessity's 'has a BMI of 35 with hypertension' two days later
rounds (blind wave 28, CW/bar-02).

An exact reading copied forward is that reading too (``copied_forward``): a consult's "HPI: 46M
with class 2 obesity (BMI 36.2)" when the BMI charted 14 months before is 36.2 and the consult
weighed him at 34.9 (blind wave 23, CD/bar-02). A decimal reading the note does not date or call
today's, equal to a value charted on an earlier day and on none since up to the note, takes that
day.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from .. import lazy_re
from .computed_bmi import worked_out
from .context import FINAL, Context

#: How long before a summary the measurement it rounds may have been taken.
DAYS = 30
#: A sleep study's index is that study's until a new study, however long after it a letter
#: restates it: "mild OSA with AHI 5 on PSG" in a letter six weeks after a PSG that scored
#: 4.9/h is the 4.9 rounded, not a second study (blind wave 35, DY/cpap-02). A weight is
#: weighed again, so a BMI's summary rounds only the days just before it (``DAYS``).
STUDY_DAYS = {"ahi": 365, "rei": 365, "rdi": 365}
#: LOINC codes of the Observations that chart a measure (only where a summary rounds them).
OBSERVATION_CODES = {"bmi": frozenset({"39156-5"})}


def _rounds_to(exact: float) -> int:
    return math.floor(exact + 0.5)


def _written_whole(finding: Any) -> bool:
    """The reading is a whole number, written without decimals ('BMI of 35', not '35.0')."""
    value = finding.value
    if value != int(value):
        return False
    return not re.search(rf"(?<![\d.]){int(value)}\.\d", finding.snippet or "")


def _charted(ctx: Context, concept: str) -> list[tuple[float, date]]:
    """(value, day) of the final Observations charting ``concept``."""
    codes = OBSERVATION_CODES.get(concept, frozenset())
    return [
        (item.value, item.date)
        for item in (ctx.record.of("Observation") if codes else ())
        if item.value is not None and item.date is not None and item.status in FINAL
        and any(c.code in codes for c in item.codes)
    ]  # fmt: skip


def _measured(found: list[Any], ctx: Context, concept: str, when: Callable) -> list:
    """(value, day) of every exact reading of ``concept``: a note's with its decimals, the
    final Observations charting it, and for a BMI those worked out from weight and height."""
    out = [(f.value, when(f)) for f in found if f.value != int(f.value) and when(f)]
    out += [(value, day) for value, day in _charted(ctx, concept) if value != int(value)]
    if concept == "bmi":  # a weight and a height of one day are as exact a BMI (wave 28)
        out += [(value, day) for value, day, _ in worked_out(ctx, None)]
    return out


def without_roundings(
    found: list[Any], ctx: Context, when: Callable[[Any], date | None], inside: Callable
) -> list[Any]:
    """``found`` less the whole-number readings that restate, rounded, an exact reading of the
    ``DAYS`` before them lying on the other side of the bounds (``inside(value)``)."""
    measured = {c: _measured(found, ctx, c, when) for c in {f.concept for f in found}}
    out = []
    for f in found:
        day = when(f)
        if day is None or not _written_whole(f):
            out.append(f)
            continue
        exact = [
            value for value, taken in measured[f.concept]
            if day - timedelta(days=STUDY_DAYS.get(f.concept, DAYS)) <= taken <= day
            and _rounds_to(value) == f.value
        ]  # fmt: skip
        if exact and all(inside(value) != inside(f.value) for value in exact):
            continue  # "BMI of 35" in the letter is the consult's 34.9 rounded
        out.append(f)
    return out


#: The note's own reading: taken that day or at this visit.
_TODAY = lazy_re.compile(
    r"\b(?:today|this (?:visit|morning)|now|current(?:ly)?|on arrival)\b", re.I
)


def copied_forward(found: list[Any], ctx: Context, written: Callable[[Any], date | None]) -> list:
    """``found`` with each undated exact reading equal to a value charted on an earlier day
    (and on no day since, up to its note's ``written`` day) dated by that charted reading."""
    charted: dict[tuple[str, float], list[date]] = {}
    for concept in {f.concept for f in found} & OBSERVATION_CODES.keys():
        for value, day in _charted(ctx, concept):
            charted.setdefault((concept, round(value, 1)), []).append(day)
    out = []
    for f in found:
        day = written(f)
        days = [d for d in charted.get((f.concept, round(f.value, 1)), []) if day and d <= day]
        if f.when or f.value == int(f.value) or not days or _TODAY.search(f.snippet or ""):
            out.append(f)
        else:
            out.append(f if max(days) == day else replace(f, when=max(days)))
    return out
