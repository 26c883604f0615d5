"""Record operators: has_condition / procedure / observation / medication / encounter / careplan.

Each filters one kind of Evidence by codes or names (whole words), status, body region, route,
and the date window, then decides met / partial / missing / unknown (docs/checklists.md §4.1).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from ..evidence import Evidence
from ..evidence.regions import compatible
from ..evidence.score_bands import little_limitation_observed
from .coded_visits import coded_encounters
from .context import MAX_EVIDENCE, Context, Outcome, cite
from .onsets import restated_clause, restated_onset
from .pending_results import awaiting_result
from .room_air import observation_on_oxygen

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
            {"active", "completed", "stopped", "on-hold", "intended", "in-progress", "unknown", ""}
        ),
    ),
    "has_encounter": (
        ("Encounter",),
        frozenset({"finished", "in-progress", "arrived", "triaged", "onleave"}),
    ),
    # A draft CarePlan is an agency's proposal awaiting the practitioner's signature: not yet a
    # plan of care (home health and therapy plans count only once signed).
    "has_careplan": (("CarePlan",), frozenset({"active", "completed", "on-hold"})),
}
_NOT_CURRENT = frozenset({"resolved", "inactive", "remission"})
_NEVER = frozenset({"refuted", "entered-in-error"})
#: A problem-list entry not yet established ("r/o OSA, PSG pending"): ICD-10-CM's outpatient
#: guidelines (Section IV.H) do not code a rule-out as a diagnosis. ``confirmed: true`` leaves it
#: out where the criterion needs the disease itself (a bariatric comorbidity), not a suspicion.
_UNCERTAIN = frozenset({"provisional", "differential", "unconfirmed"})
#: Encounter classes that are not in person (HL7 v3 ActCode): virtual, home health by others.
_REMOTE_CLASSES = frozenset({"vr", "virtual", "tele", "telephone"})
_REMOTE_WORDS = re.compile(
    r"\b(telephone|phone|telehealth|telemedicine|virtual|video|e-?visit|portal|message|"
    r"audio[- ]only|televisit|mychart|refill|chart review|orders? only)\b",
    re.IGNORECASE,
)
#: A report whose text says the study was normal does not show a finding.
_NORMAL_RESULT = re.compile(
    r"\b(normal (?:study|exam|examination|radiographs?|x-?rays?|mri|films?)|unremarkable|negative "
    r"(?:study|exam)|no (?:acute|significant|radiographic|evidence)|within normal limits)\b|"
    r"^normal\b|:\s*normal\b",
    re.IGNORECASE,
)
#: Routes that are not an injection: "a steroid trial means an intra-articular injection".
#: A medication applied to the skin over the joint (``route: systemic`` leaves it out).
TOPICAL = re.compile(
    r"\b(?:topical(?:ly)?|cream|ointment|gel|emulgel|lotion|patch(?:es)?|cutaneous|rub)\b", re.I
)
_NOT_INJECTION = re.compile(r"\b(topical|cream|ointment|gel|patch|oral|tablet|capsule|inhal)", re.I)


def _status_ok(item: Evidence, operator: str, spec: dict[str, Any]) -> bool:
    if item.verification in _NEVER or item.status == "entered-in-error":
        return False
    if spec.get("confirmed") and item.verification in _UNCERTAIN:
        return False
    if "status" in spec:
        return item.status in spec["status"]
    if operator == "has_condition":
        return item.status not in _NOT_CURRENT
    if operator == "has_medication" and item.status in ("not-taken", "cancelled", "draft"):
        return False
    if operator == "has_observation" and awaiting_result(item):
        return False  # a draw received, its result pending: the test ordered, not its result
    allowed = OPERATORS[operator][1]
    return allowed is None or item.status in allowed or not item.status


@cache
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(n.lower()) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])")


def matches_concept(item_codes: Any, item_text: str, spec: dict[str, Any]) -> bool:
    """Codes in ``spec['codes']`` or any of ``spec['names']`` as whole words in the text."""
    codelist = spec.get("codes")
    names = tuple(spec.get("names", ()))
    if codelist is None and not names:
        return True  # no concept filter: every record of the type (e.g. any in-person visit)
    if codelist is not None and codelist.matches(item_codes):
        return True
    return bool(names) and bool(_names_pattern(names).search(item_text.lower()))


def with_requester(participants: tuple[str, ...], ctx: Context) -> bool:
    """True when the order's requester (or its Practitioner) is among ``participants``."""
    wanted = set(ctx.order.requester_ids) if ctx.order else set()
    return bool(wanted) and bool(wanted & set(participants))


def _in_person(item: Evidence) -> bool:
    if item.encounter_class in _REMOTE_CLASSES:
        return False
    return not _REMOTE_WORDS.search(item.text)


def _route_ok(item: Evidence, spec: dict[str, Any]) -> bool:
    route = spec.get("route")
    if route == "systemic":  # a diclofenac gel rubbed on the skin is no systemic NSAID trial
        return not TOPICAL.search(f"{item.route} {item.text}")
    if route != "injection":
        return True
    return not _NOT_INJECTION.search(f"{item.route} {item.text}") or "inject" in item.route


def _keep(item: Evidence, operator: str, spec: dict[str, Any], ctx: Context) -> bool:
    if not (_status_ok(item, operator, spec) and matches_concept(item.codes, item.text, spec)):
        return False
    if item.date is not None and item.date > ctx.as_of and not _planned_ahead(item, spec, ctx):
        return False
    if operator == "has_condition" and "status" not in spec and item.end and item.end <= ctx.as_of:
        return False  # abated by as_of: no longer current, whatever clinicalStatus says
    if spec.get("same_region") and not compatible(ctx.regions_for(spec), item.regions):
        return False
    if spec.get("with_requester") and not with_requester(item.participants, ctx):
        return False
    if spec.get("in_person") and not _in_person(item):
        return False
    if spec.get("room_air") and observation_on_oxygen(item.raw):
        return False  # a saturation on 2 L/min shows the oxygen working, not the need gone
    if spec.get("in_force") and item.end is not None and item.end < ctx.in_force_on(spec):
        return False  # a plan certified for 3/2-4/30 has lapsed by 5/4, however recent
    if spec.get("positive") and _NORMAL_RESULT.search(item.text):
        return False
    if spec.get("positive") and little_limitation_observed(item.text, item.value, item.unit):
        return False  # a functional score in its band of little limitation: no limitation
    return _route_ok(item, spec)


def _planned_ahead(item: Evidence, spec: dict[str, Any], ctx: Context) -> bool:
    """A care plan dated by a period that starts after as_of, by the day the service starts: the
    plan for that service, signed before it (blind wave 14, AV/hh-03: "Home Health Plan of Care
    09/10/2026-11/08/2026 ... Signed and dated 09/08/2026", asked for on 9/9 from SOC 9/10)."""
    return (
        item.kind == "CarePlan" and spec.get("in_force") == "service" and item.date is not None
        and ctx.as_of < item.date <= ctx.in_force_on(spec)
    )  # fmt: skip


def _lapsed(operator: str, spec: dict[str, Any], ctx: Context) -> str:
    """ " (lapsed: CarePlan/cp4 ended 2026-04-30)" when ``in_force`` left plans out."""
    if not spec.get("in_force"):
        return ""
    ended = [i for i in ctx.record.of(*OPERATORS[operator][0])
             if _keep(i, operator, {**spec, "in_force": False}, ctx)]  # fmt: skip
    shown = ", ".join(f"{i.ref} ended {i.end}" for i in ended[:3])
    return f" in force (lapsed: {shown})" if shown else ""


def evaluate_records(operator: str, spec: dict[str, Any], ctx: Context) -> Outcome:
    """Run one record operator (see OPERATORS) against the context's record."""
    types = OPERATORS[operator][0]
    within = spec.get("within_days")
    items = ctx.record.of(*types)
    if operator == "has_procedure":  # a PT evaluation charted as an Encounter typed CPT 97162
        items += coded_encounters(spec, ctx)
    matching = [item for item in items if _keep(item, operator, spec, ctx)]
    # Undated evidence counts only when there is no window to place it in.
    in_window = [
        i for i in matching
        if ctx.in_window(i.date, within) or _spans_window(i, ctx, within)
        or _planned_ahead(i, spec, ctx)
    ]  # fmt: skip
    value = spec.get("value")
    in_range = [i for i in in_window if _value_ok(i, value) and _old_enough(i, spec, ctx)]
    what = f"{'/'.join(types)} {_describe(spec)} {ctx.window_text(within)}"
    if not matching:
        status = "unknown" if ctx.record.is_unreadable(*types) else "missing"
        return Outcome(status, [], f"Searched {what}: none found{_lapsed(operator, spec, ctx)}.")
    min_count = spec.get("min_count", 1)
    span_needed = spec.get("min_span_days")
    if len(in_range) >= min_count and (not span_needed or _span(in_range, ctx) >= span_needed):
        return Outcome(
            "met", _cites(in_range), f"Found in {what}.", [i.date for i in in_range if i.date]
        )
    if not in_window:
        # Evidence outside every window does not count: it is missing, and "searched" names it.
        if all(i.date is None for i in matching):
            return Outcome("missing", [], f"Searched {what}: found, but undated, so it cannot "
                           "be placed in the window.")  # fmt: skip
        old = ", ".join(f"{i.label()} ({i.date})" for i in matching[:3])
        return Outcome("missing", [], f"Searched {what}: found only outside the window ({old}).")
    if not in_range and value:
        shown = ", ".join(f"{i.value:g}" for i in in_window if i.value is not None)[:80]
        return Outcome(
            "missing", [], f"Searched {what}: found, but no value in range {value} ({shown})."
        )
    if not in_range:
        reason = f"found, but dated less than {spec['older_than_days']} days before the service"
        reason += restated_clause(in_window, ctx)
    elif len(in_range) < min_count:
        reason = f"found {len(in_range)} of the {min_count} needed"
    else:
        reason = f"found over {_span(in_range, ctx)} days, {span_needed} needed"
    return Outcome("partial", _cites(in_range or in_window), f"Searched {what}: {reason}.")


def _cites(items: list[Evidence]) -> list[dict[str, str]]:
    return [
        cite(
            i.ref,
            f"{i.label()}"
            + (f" on {i.date.isoformat()}" if i.date else "")
            + (f": {i.value:g} {i.unit}".rstrip() if i.value is not None else ""),
        )
        for i in items[:MAX_EVIDENCE]
    ]


def _spans_window(item: Evidence, ctx: Context, within: int | None) -> bool:
    """A course that started before the window and is still running (or ended in it) counts."""
    low, high = ctx.window(within)
    if item.date is None or low is None:
        return False
    end = _end(item, ctx)
    return item.date <= high and end is not None and end >= low


def _end(item: Evidence, ctx: Context) -> Any:
    """Where a course ends: its recorded end, else ``as_of`` for an active order (it runs until
    stopped), else its start."""
    if item.end is not None:
        return min(item.end, ctx.as_of)
    if item.kind.startswith("Medication") and item.status in ("active", "on-hold", "in-progress"):
        return ctx.as_of
    return item.date


def _value_ok(item: Evidence, value: dict[str, float] | None) -> bool:
    if not value:
        return True
    if item.value is None:
        return False
    return value.get("min", item.value) <= item.value <= value.get("max", item.value)


def _old_enough(item: Evidence, spec: dict[str, Any], ctx: Context) -> bool:
    # Symptom duration: onset at least N days before the service date; a newer episode's onset
    # stated in the newest note governs over an old problem-list onset (onsets.py).
    days = spec.get("older_than_days")
    if not days:
        return True
    restated = restated_onset(item, ctx) if item.kind == "Condition" else None
    onset = restated[0] if restated else item.date
    return onset is not None and (ctx.anchor - onset).days >= days


def _span(items: list[Evidence], ctx: Context) -> int:
    starts = [i.date for i in items if i.date]
    ends = [e for e in (_end(i, ctx) for i in items) if e]
    return (max(ends) - min(starts)).days if starts and ends else 0


def _describe(spec: dict[str, Any]) -> str:
    parts = []
    if spec.get("codes") is not None:
        parts.append(f"codes {spec['codes'].name}")
    if spec.get("names"):
        parts.append("text " + "/".join(spec["names"][:4]))
    return "for " + " or ".join(parts) if parts else ""
