"""Record operators: has_condition / procedure / observation / medication / encounter / careplan.

Each filters one kind of Evidence by codes or names, status, and the date window, then decides
met / partial / missing / unknown (docs/checklists.md §4.1).
"""

from __future__ import annotations

from typing import Any

from ..evidence import Evidence
from .context import MAX_EVIDENCE, Context, Outcome, cite

#: operator → (resource types read, statuses counted when the criterion names none).
OPERATORS: dict[str, tuple[tuple[str, ...], frozenset[str] | None]] = {
    "has_condition": (("Condition",), None),  # clinical status handled in _status_ok
    "has_procedure": (("Procedure",), frozenset({"completed", "in-progress"})),
    "has_observation": (
        ("Observation", "DiagnosticReport", "ImagingStudy"),
        frozenset({"final", "amended", "corrected", "preliminary", "available", "registered"}),
    ),
    "has_medication": (
        ("MedicationRequest", "MedicationStatement", "MedicationAdministration"),
        frozenset(
            {
                "active",
                "completed",
                "stopped",
                "on-hold",
                "intended",
                "not-taken",
                "in-progress",
                "unknown",
                "",
            }
        ),
    ),
    "has_encounter": (
        ("Encounter",),
        frozenset({"finished", "in-progress", "arrived", "triaged", "onleave"}),
    ),
    "has_careplan": (("CarePlan",), frozenset({"active", "completed", "draft", "on-hold"})),
}
_NOT_CURRENT = frozenset({"resolved", "inactive", "remission"})
_NEVER = frozenset({"refuted", "entered-in-error"})


def _status_ok(item: Evidence, operator: str, spec: dict[str, Any]) -> bool:
    if item.verification in _NEVER or item.status == "entered-in-error":
        return False
    if "status" in spec:
        return item.status in spec["status"]
    if operator == "has_condition":
        return item.status not in _NOT_CURRENT
    if operator == "has_medication" and item.status == "not-taken":
        return False
    allowed = OPERATORS[operator][1]
    return allowed is None or item.status in allowed or not item.status


def matches_concept(item_codes: Any, item_text: str, spec: dict[str, Any]) -> bool:
    """Codes in ``spec['codes']`` or any of ``spec['names']`` in the text."""
    codelist = spec.get("codes")
    if codelist is not None and codelist.matches(item_codes):
        return True
    return any(name.lower() in item_text for name in spec.get("names", ()))


def _with_requester(item: Evidence, ctx: Context) -> bool:
    requester = ((ctx.request or {}).get("requester") or {}).get("reference") or ""
    if not requester:
        return False
    role = ctx.record.resolve(requester) or {}
    wanted = {requester.split("/")[-1]}
    practitioner = (role.get("practitioner") or {}).get("reference")
    if practitioner:
        wanted.add(practitioner.split("/")[-1])
    for participant in item.raw.get("participant") or []:
        ref = (participant.get("individual") or {}).get("reference") or ""
        if ref and ref.rstrip("/").split("/")[-1] in wanted:
            return True
    return False


def evaluate_records(operator: str, spec: dict[str, Any], ctx: Context) -> Outcome:
    """Run one record operator (see OPERATORS) against the context's record."""
    types = OPERATORS[operator][0]
    low, high = ctx.window(spec.get("within_days"))
    matching = [
        item
        for item in ctx.record.of(*types)
        if _status_ok(item, operator, spec)
        and matches_concept(item.codes, item.text, spec)
        and (item.date is None or item.date <= high)
    ]
    if spec.get("with_requester"):
        matching = [item for item in matching if _with_requester(item, ctx)]
    # Undated evidence counts only when there is no window to place it in.
    in_window = [i for i in matching if low is None or (i.date is not None and i.date >= low)]
    value = spec.get("value")
    in_range = [i for i in in_window if _value_ok(i, value) and _old_enough(i, spec, ctx)]
    what = f"{'/'.join(types)} {_describe(spec)} {ctx.window_text(spec.get('within_days'))}"
    evidence = [
        cite(
            i.ref,
            f"{i.label()}"
            + (f" on {i.date.isoformat()}" if i.date else "")
            + (f": {i.value:g} {i.unit}".rstrip() if i.value is not None else ""),
        )
        for i in (in_range or in_window or matching)[:MAX_EVIDENCE]
    ]
    if not matching:
        status = "unknown" if ctx.record.is_unreadable(*types) else "missing"
        return Outcome(status, [], f"Searched {what}: none found.")
    min_count = spec.get("min_count", 1)
    span_needed = spec.get("min_span_days")
    if len(in_range) >= min_count and (not span_needed or _span(in_range) >= span_needed):
        return Outcome("met", evidence, f"Found in {what}.")
    if not in_window:
        reason = "found, but outside the window"
    elif not in_range and value:
        reason = f"found, but no value in range {value}"
    elif not in_range:
        reason = f"found, but dated less than {spec['older_than_days']} days before the service"
    elif len(in_range) < min_count:
        reason = f"found {len(in_range)} of the {min_count} needed"
    else:
        reason = f"found over {_span(in_range)} days, {span_needed} needed"
    return Outcome("partial", evidence, f"Searched {what}: {reason}.")


def _value_ok(item: Evidence, value: dict[str, float] | None) -> bool:
    if not value:
        return True
    if item.value is None:
        return False
    return value.get("min", item.value) <= item.value <= value.get("max", item.value)


def _old_enough(item: Evidence, spec: dict[str, Any], ctx: Context) -> bool:
    # Symptom duration: onset at least N days before the service date.
    days = spec.get("older_than_days")
    return not days or (item.date is not None and (ctx.anchor - item.date).days >= days)


def _span(items: list[Evidence]) -> int:
    starts = [i.date for i in items if i.date]
    ends = [i.end or i.date for i in items if i.end or i.date]
    return (max(ends) - min(starts)).days if starts and ends else 0


def _describe(spec: dict[str, Any]) -> str:
    parts = []
    if spec.get("codes") is not None:
        parts.append(f"codes {spec['codes'].name}")
    if spec.get("names"):
        parts.append("text " + "/".join(spec["names"][:4]))
    return "for " + " or ".join(parts) if parts else ""
