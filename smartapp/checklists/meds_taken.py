"""The drugs a plan began, taken up to a later note that says how "the meds" work: "Finished PT
last week, leg still hurts same, meds not helping" (blind wave 29, CU/lmri-03).

A plan of 6/2 began "cyclobenzaprine 5 mg qhs, meloxicam 15 mg daily"; the patient's message of
7/20 names no drug, only "meds", and says they are not helping: they were taken, from the plan
to that message (48 days beside six weeks of PT, where the record's coded PT alone was 39). The
reviewer read it so ("PT 6/8-7/17 + meloxicam/cyclobenzaprine"). As for a drug named with no
date of its own (care_begun.taken_since_plans), the plan says when the drugs began, the later
word that they were taken. Only a word on how they work ("meds not helping", "medications
haven't helped", "meds help a little"): not "meds reviewed", "no meds", a stop ("stopped the
meds"), or a condition ("if meds not helping, call").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from .. import lazy_re
from .care_piece import Piece
from .context import Context, cite
from .courses import MEDICATION_CONCEPTS

#: "meds not helping", "medications haven't helped", "meds aren't working", "meds help a little".
_HOW_THEY_WORK = lazy_re.compile(
    r"\b(?:(?:the|my|his|her|these|those|pain)\s+)?(?:meds|medications|medicines)\b\s*"
    r"(?:(?:are|is|have|has|do|does|did|were|was)\s*(?:not|n't)?\s*|(?:not|no longer)\s+)?"
    r"(?:helping|helped|help|helps|working|worked|work|doing (?:anything|much|nothing))\b",
    re.IGNORECASE,
)
#: A stop, or a condition, in the same statement.
_NOT_TAKEN = lazy_re.compile(
    r"\b(?:if|stopped|stopping|quit|discontinued|d/c'?d|ran out|not taking|no longer taking|"
    r"off)\b",
    re.IGNORECASE,
)


def planned_drugs(findings: Iterable[Any], dates: dict[str, date | None]) -> dict[str, date]:
    """Drug modality -> the first day a note's plan names it ("Plan: ... meloxicam 15 mg
    daily"), to begin or to go on: either way it was taken from then. Not one only talked
    about ("may consider meloxicam") or turned down."""
    out: dict[str, date] = {}
    for finding in findings:
        when = dates.get(finding.note_ref)
        if when is None or finding.concept not in MEDICATION_CONCEPTS:
            continue
        if finding.negated or finding.family or finding.speculative:
            continue
        if finding.planned or finding.hypothetical:
            out[finding.concept] = min(out.get(finding.concept, when), when)
    return out


def meds_taken_since_plans(ctx: Context, drugs: dict[str, date]) -> list[Piece]:
    """Each drug a plan named (``planned_drugs``), from the plan's day to a later note's word
    on how the meds work."""
    if not drugs:
        return []
    out: list[Piece] = []
    for text in ctx.record.all_texts():
        if text.kind != "note" or text.date is None or text.date > ctx.as_of:
            continue
        for statement in re.split(r"(?<=[.;!?])\s+|\n", text.text or ""):
            found = _HOW_THEY_WORK.search(statement)
            if found is None or _NOT_TAKEN.search(statement):
                continue
            at = (text.text or "").find(statement)
            reference = f"{text.ref}#{at + found.start()}-{at + found.end()}"
            out += [
                Piece(day, text.date, modality, cite(reference, statement.strip()))
                for modality, day in drugs.items()
                if day < text.date
            ]
    return out
