"""The order's own diagnosis, read as a diagnosis of the record where an item asks whether it
applies (``has_condition`` under ``applies_when``).

Epic and Oracle Health send the diagnosis an order was placed for as ``reasonCode`` on the
ServiceRequest (ICD-10-CM coded, or only its words: "R shoulder pain"), and the record often has
no Condition for it (the problem list not updated, or the Condition scope not granted). An item
that applies to that diagnosis ("conservative care first for musculoskeletal pain") would then be
skipped, and a skipped item reads as satisfied: the record looks ready while the payer, who sees
the order's diagnosis, asks for what the item asks.

Only the order being checked speaks (the requested service's ServiceRequest/DeviceRequest, else
its MedicationRequest), never another order's reason, nor a revoked or entered-in-error one.
Its words count up to a rule-out or a negation: ICD-10-CM's outpatient guidelines (Section IV.H)
do not code "rule out", "probable", "suspected" or "questionable" as a diagnosis, and "no
radiculopathy" is none. It widens what is asked and never narrows it: an exemption (``not``) or a
criterion is not met by the order's word alone (engine.py sets ``order_reason_counts``).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from ..evidence import Evidence
from ..evidence.codes import Code, codes_of
from ..evidence.shapes import as_str, dicts, reference
from .context import Context

#: Statuses of an order that no longer asks for anything (FHIR request-status; MedicationRequest
#: adds cancelled and stopped).
_VOID = frozenset({"revoked", "entered-in-error", "cancelled", "stopped"})
_OPEN = frozenset({"active", "draft", "on-hold"})
#: Separators of the statements a reason's words hold ("R shoulder pain - r/o cuff tear").
_CLAUSES = lazy_re.compile(r"[;,\n()]|\s[-\u2013\u2014]\s")
#: A rule-out, an uncertain diagnosis or a negation: the words after it are not a diagnosis.
_DOUBT = lazy_re.compile(
    r"(?:\br/o\b|\brule[sd]?[- ]?outs?\b|\bruled out\b|\b(?:no|not|denies|denied|without|w/o|"
    r"negative for|neg for|possible|possibly|probable|suspected|suspect|suspicion of|"
    r"questionable|question of|concern for|eval(?:uate|uation)? for|vs\.?|versus)\b|\?)",
    re.IGNORECASE,
)


def stated(text: str) -> str:
    """The words of a reason that state a diagnosis: each statement cut at its first rule-out
    or negation ("R shoulder pain - r/o rotator cuff tear" → "r shoulder pain")."""
    kept = (_DOUBT.split(clause, maxsplit=1)[0].strip() for clause in _CLAUSES.split(text))
    return " ; ".join(k for k in kept if k).lower()


def _concept(concept: Any) -> tuple[tuple[Code, ...], str]:
    """A reasonCode's codings and stated words; none when its own text opens with a rule-out
    ("R/O rotator cuff tear" coded M75.101 is a suspicion, not the diagnosis)."""
    codings, _ = codes_of(concept)
    own = as_str(concept.get("text")) if isinstance(concept, dict) else ""
    if own.strip() and not stated(_CLAUSES.split(own.strip())[0]):
        return (), ""
    words = [stated(own)] + [stated(c.display) for c in codings]
    return codings, " ; ".join(w for w in words if w)


def _the_order(ctx: Context) -> tuple[str, str, dict[str, Any]] | None:
    """(reference, status, resource) of the order being checked: the requested service's
    ServiceRequest/DeviceRequest, else an open MedicationRequest coded with its code."""
    if ctx.order is not None:
        return ctx.order.ref, ctx.order.status, ctx.order.raw
    drugs = [m for m in ctx.record.of("MedicationRequest")
             if m.status in _OPEN and any(c.code == ctx.service_code for c in m.codes)]  # fmt: skip
    if not drugs:
        return None
    newest = max(drugs, key=lambda m: m.date.isoformat() if m.date else "")
    return newest.ref, newest.status, newest.raw


def order_diagnoses(ctx: Context) -> list[Evidence]:
    """The order's reasons as Condition-like evidence (one per reasonCode, and the words of a
    reasonReference the record does not hold), dated the day the order was written."""
    found = _the_order(ctx)
    if found is None or found[1] in _VOID:
        return []
    ref, _, raw = found
    regions = ctx.order.regions if ctx.order is not None else frozenset()
    reasons = [_concept(c) for c in dicts(raw.get("reasonCode"))]
    for pointer in dicts(raw.get("reasonReference")):
        # A Condition the record holds is judged as itself (its clinical and verification
        # status); one it does not hold (scope not granted) is known by its display only.
        target = reference(pointer)
        if target and ctx.record.resolve(target) is None:
            reasons.append(((), stated(as_str(pointer.get("display")))))
    kind = as_str(raw.get("resourceType"))
    return [
        Evidence(kind, ref, codes, text, ctx.order_date, status="active", raw=raw, regions=regions)
        for codes, text in reasons
        if codes or text
    ]
