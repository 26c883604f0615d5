"""The gap engine: evaluate a checklist over a PatientRecord on an explicit ``as_of`` date.

Pure: no clock reads, no I/O. Each criterion operator is a small function (records.py,
documents.py, note_findings.py, coverage.py, requests.py); this module dispatches, combines
(all_of / any_of / not) and turns outcomes into :class:`ItemResult` objects. The readiness
verdict over them is :mod:`.readiness` (exported here too, where most callers import it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from ..evidence import PatientRecord
from .computed_bmi import computed_bmi
from .context import Context, Outcome, calendar_months_days, cited_once
from .coordination import coordination
from .coverage import has_coverage
from .documents import has_document
from .episodes import care_episode
from .loader import Checklist, Item
from .measures import note_value
from .note_findings import note_finding
from .patient_age import patient_age
from .plan_services import plan_lacks_service
from .readiness import STATES, Readiness, readiness, readiness_state
from .records import OPERATORS, evaluate_records
from .requests import code_check, find_order, requested_service, service_request
from .sequence import after, before, latest
from .start_window import from_start_of_care
from .unread import read_in_full, unless_exempt
from .visits import days_since_report, service_is, visits_since_report

__all__ = [
    "STATES",
    "ItemResult",
    "Readiness",
    "check",
    "evaluate",
    "evaluate_item",
    "make_context",
    "readiness",
    "readiness_state",
]


@dataclass
class ItemResult:
    """One item's status with its evidence, or what was searched when there is none."""

    id: str
    element: str
    title: str
    required: bool
    status: str
    denial_reasons: tuple[str, ...]
    remedy: str
    searched: str
    evidence: list[dict[str, str]] = field(default_factory=list)
    source: str = ""


Operator = Callable[[Any, Context], Outcome]

_LEAVES: dict[str, Operator] = {
    "has_document": has_document,
    "has_coverage": has_coverage,
    "note_finding": note_finding,
    "service_request": service_request,
    "requested_service": requested_service,
    # "Only for these service codes", a gate inside all_of (below): the same check.
    "only_for": requested_service,
    "code_check": code_check,
    "care_episode": care_episode,
    "note_value": note_value,
    "computed_bmi": computed_bmi,
    "visits_since_report": visits_since_report,
    "days_since_report": days_since_report,
    "service_is": service_is,
    "coordination": coordination,
    "plan_lacks_service": plan_lacks_service,
    "patient_age": patient_age,
}


#: The parts of an all_of that gate the rest rather than add evidence to it.
_GATES = frozenset({"not", "only_for"})


def check(criterion: dict[str, Any], ctx: Context) -> Outcome:
    """Evaluate one criterion (exactly one operator key) to an Outcome."""
    ((operator, spec),) = criterion.items()
    if isinstance(spec, dict) and spec.get("since") == "order":
        # "A face-to-face visit in the six months before the written order" (CMS DME rule):
        # this window is counted back from the order's date, not from the request.
        ctx = replace(ctx, anchor=ctx.order_date)
    elif isinstance(spec, dict) and spec.get("since") == "start-of-care":
        # A home-health encounter is timed from the episode's start of care (start_window.py).
        return from_start_of_care(operator, spec, ctx, _dispatch)
    elif isinstance(spec, dict) and spec.get("since") == "service":
        # "At least 6 months since the prior series" is met on the day the repeat is given:
        # counted back from the proposed date of service (blind wave 23, CD/hya-02: a repeat
        # scheduled 11/19 for a 5/19 injection, checked on 11/9). Evidence after ``as_of``
        # still never counts.
        ctx = replace(ctx, anchor=ctx.service_date)
    if isinstance(spec, dict) and spec.get("calendar_months"):
        # "Within the six months before the order": calendar months back from the anchor, not
        # the 183 days ``within_days`` keeps as the widest reach for fetching notes.
        spec = {**spec, "within_days": calendar_months_days(ctx.anchor, spec["calendar_months"])}
        ctx = replace(ctx, window_months=spec["calendar_months"])
    return _dispatch(operator, spec, ctx)


def _dispatch(operator: str, spec: Any, ctx: Context) -> Outcome:
    """Evaluate one criterion's operator in ``ctx`` (its window already resolved)."""
    if operator in OPERATORS:
        return read_in_full(operator, spec, ctx, evaluate_records(operator, spec, ctx))
    if operator in _LEAVES:
        # A gap in what was read is no gap while unread notes could fill it (unread.py).
        return read_in_full(operator, spec, ctx, _LEAVES[operator](spec, ctx))
    if operator == "before":
        return before(spec, ctx, check)
    if operator == "after":
        return after(spec, ctx, check)
    if operator == "latest":
        return latest(spec, ctx, check)
    if operator == "not":
        # An exemption ("no red-flag diagnosis") is not waived on the order's word alone.
        inner = check(spec, replace(ctx, order_reason_counts=False))
        # Exclusions: evidence that is there but not enough (partial) does not exclude.
        flips = {"met": "missing", "missing": "met", "partial": "met"}
        flipped = flips.get(inner.status, "unknown")
        # A double negation reads as what was searched: "Not: Not: the requested service is not
        # in ..." is what a reviewer saw when a `not` of a `not` gated a part on the order.
        doubled = inner.searched.startswith("Not: ")
        searched = inner.searched.removeprefix("Not: ") if doubled else f"Not: {inner.searched}"
        return Outcome(flipped, inner.evidence if flipped != "met" else [], searched)
    outcomes = [check(child, ctx) for child in spec]
    if operator == "all_of":
        # A gate part -- an exclusion (`not: ...`) or `only_for: {codes}` -- that fails ("does
        # NOT meet criteria", "the requested service is not in ...") makes the whole missing;
        # one that holds only stands aside: it is no evidence that makes the rest partial.
        excluded = [o for child, o in zip(spec, outcomes, strict=True) if _GATES & child.keys()]
        found = [o for o in excluded if o.status == "missing"]
        if found:
            return Outcome("missing", [e for o in found for e in o.evidence],
                           " ".join(o.searched for o in found))  # fmt: skip
        if excluded and len(excluded) < len(outcomes):
            kept = [o for c, o in zip(spec, outcomes, strict=True) if not _GATES & c.keys()]
            outcomes = kept + [o for o in excluded if o.status != "met"]
    statuses = [o.status for o in outcomes]
    evidence = [e for o in outcomes if o.status in ("met", "partial") for e in o.evidence]
    searched = " ".join(o.searched for o in outcomes if o.status != "met") or " ".join(
        o.searched for o in outcomes
    )
    if operator == "any_of":
        if "met" in statuses:
            met = [o for o in outcomes if o.status == "met"]
            return Outcome(
                "met",
                [e for o in met for e in o.evidence],
                " ".join(o.searched for o in met),
                [d for o in met for d in o.dates],
            )
        # An alternative that could not be checked may be the one that is met: a partial
        # alternative beside it is no gap yet (bench/unread.py: the in-person evaluation of an
        # unread note, beside the bi-level branch that is partly there).
        status = (
            "unknown"
            if "unknown" in statuses
            else "partial"
            if "partial" in statuses
            else "missing"
        )
        return Outcome(status, evidence, searched)
    # all_of
    if all(s == "met" for s in statuses):
        dates = [d for o in outcomes for d in o.dates]
        return Outcome("met", evidence, " ".join(o.searched for o in outcomes), dates)
    if set(statuses) == {"met", "unknown"}:
        # Every part that could be read is there; the rest could not be checked: not a gap
        # (issue 12: a partial read must not read as "partly documented").
        return Outcome("unknown", evidence, searched)
    if "met" in statuses or "partial" in statuses:
        return Outcome("partial", evidence, searched)
    return Outcome("unknown" if "unknown" in statuses else "missing", [], searched)


def make_context(
    checklist: Checklist, record: PatientRecord, as_of: date, service: tuple[str, str]
) -> Context:
    """Context for ``service`` = (system, code): its request, and the anchor date."""
    order = find_order(record, service[1])
    return Context(
        record=record,
        as_of=as_of,
        anchor=as_of,
        order_date=min(order.authored, as_of) if order and order.authored else as_of,
        service_date=(order.occurrence if order else None) or as_of,
        service_system=service[0],
        service_code=service[1],
        order=order,
        diagnoses=checklist.diagnoses_for(*service),
        spread_diagnoses=checklist.spread_diagnoses,
    )


def evaluate_item(item: Item, ctx: Context) -> ItemResult:
    """Evaluate one item: ``applies_when`` first (not met → not_applicable), then ``criteria``.

    An unknown gate still evaluates the criteria: not knowing whether the exception applies must
    not hide the usual requirement.
    """
    if item.applies_when is not None:
        gate = check(item.applies_when, replace(ctx, order_reason_counts=True))
        if gate.status in ("missing", "partial"):
            return _result(item, Outcome("not_applicable", [], f"Does not apply: {gate.searched}"))
        if gate.status == "unknown":  # an unread note may hold the exception (unread.py)
            return _result(item, unless_exempt(check(item.criteria, ctx), item.applies_when, ctx))
    return _result(item, check(item.criteria, ctx))


def evaluate(
    checklist: Checklist, record: PatientRecord, as_of: date, service: tuple[str, str]
) -> list[ItemResult]:
    """Evaluate every item of ``checklist`` (includes first) for ``service`` on ``as_of``."""
    ctx = make_context(checklist, record, as_of, service)
    return [evaluate_item(item, ctx) for item in checklist.items]


def _result(item: Item, outcome: Outcome) -> ItemResult:
    return ItemResult(
        id=item.id,
        element=item.element,
        title=item.title,
        required=item.required,
        status=outcome.status,
        denial_reasons=item.denial_reasons,
        remedy=item.remedy,
        searched=outcome.searched or item.evidence_hint,
        # Routes and parts that read the same statement cite it once (context.cited_once).
        evidence=cited_once(outcome.evidence),
        source=item.source,
    )
