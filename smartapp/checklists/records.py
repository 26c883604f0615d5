"""Record operators: has_condition / procedure / observation / medication / encounter / careplan.

Each filters one kind of Evidence (record_filters.py: codes or names as whole words, status,
body region, route, the date window), then decides met / partial / missing / unknown
(docs/checklists.md §4.1).
"""

from __future__ import annotations

from typing import Any

from ..evidence import Evidence
from .coded_visits import coded_encounters
from .component_readings import component_readings
from .context import MAX_EVIDENCE, Context, Outcome, cite
from .latest_days import latest_record_day
from .noted_on_oxygen import noted_on_oxygen
from .onsets import restated_clause, restated_onset, unread_restatement
from .order_diagnosis import order_diagnoses
from .ordered_scope import scope_searched
from .record_filters import OPERATORS, _keep, _planned_ahead
from .symptom_months import onset_months_old
from .unread_sides import unread_side_note
from .unread_stops import unread_order_stop
from .visit_about import unread_visit_note


def _lapsed(operator: str, spec: dict[str, Any], ctx: Context) -> str:
    """ " (lapsed: CarePlan/cp4 ended 2026-04-30)" when ``in_force`` left plans out."""
    if not spec.get("in_force"):
        return ""
    ended = [i for i in ctx.record.of(*OPERATORS[operator][0])
             if _keep(i, operator, {**spec, "in_force": False}, ctx)]  # fmt: skip
    shown = ", ".join(f"{i.ref} ended {i.end}" for i in ended[:3])
    return f" in force (lapsed: {shown})" if shown else ""


def _stopped(operator: str, spec: dict[str, Any], ctx: Context) -> str:
    """ " (stopped per the notes: MedicationRequest/m1 on 2025-07-01)" when an order still
    'active' in the record was left out because a note says it was stopped (stopped_orders.py)."""
    if operator != "has_medication" or "stopped" not in OPERATORS[operator][1]:
        return ""
    wider = {**spec, "status": sorted(OPERATORS[operator][1])}
    stopped = [i for i in ctx.record.of(*OPERATORS[operator][0])
               if _keep(i, operator, wider, ctx) and not _keep(i, operator, spec, ctx)
               and ctx.note_stop(i) is not None]  # fmt: skip
    shown = ", ".join(f"{i.ref} on {ctx.note_stop(i)}" for i in stopped[:3])
    return f" (stopped per the notes: {shown})" if shown else ""


def _narrower_set_aside(items: list[Evidence], operator: str, spec: dict[str, Any],
                        ctx: Context) -> str:  # fmt: skip
    """The sentence a search adds when it left out an earlier test narrower than the one
    ordered (ordered_scope.py): a BRCA1/2-only report on file before a panel order."""
    if not spec.get("as_broad_as_order"):
        return ""
    wider = {k: v for k, v in spec.items() if k != "as_broad_as_order"}
    set_aside = any(_keep(i, operator, wider, ctx) for i in items)
    return scope_searched(spec, ctx, set_aside)


def evaluate_records(operator: str, spec: dict[str, Any], ctx: Context) -> Outcome:
    """Run one record operator (see OPERATORS) against the context's record."""
    types = OPERATORS[operator][0]
    within = spec.get("within_days")
    items = ctx.record.of(*types)
    if operator == "has_procedure":  # a PT evaluation charted as an Encounter typed CPT 97162
        items += coded_encounters(spec, ctx)
    if operator == "has_observation":  # a walk test's readings charted as components
        items = component_readings(items)
    if operator == "has_observation" and spec.get("room_air"):
        # A bare 'SpO2 88 %' its day's note gives "88% on 2L": no room-air test (noted_on_oxygen)
        items = [i for i in items if not noted_on_oxygen(i, ctx)]
    if operator == "has_condition" and ctx.order_reason_counts:  # the order's own diagnosis
        items += order_diagnoses(ctx)
    matching = [item for item in items if _keep(item, operator, spec, ctx)]
    # Undated evidence counts only when there is no window to place it in.
    in_window = [
        i for i in matching
        if ctx.in_window(i.date, within) or _spans_window(i, ctx, within)
        or _planned_ahead(i, spec, ctx)
        # "2025" for "no series in the 6 months": its last day too (latest_days.py).
        or (spec.get("latest_day") and ctx.in_window(latest_record_day(i), within))
    ]  # fmt: skip
    value = spec.get("value")
    in_range = [i for i in in_window if _value_ok(i, value) and _old_enough(i, spec, ctx)]
    what = f"{'/'.join(types)} {_describe(spec)} {ctx.window_text(within)}"
    if not matching:
        status = "unknown" if ctx.record.is_unreadable(*types) else "missing"
        found = _lapsed(operator, spec, ctx) or _stopped(operator, spec, ctx)
        return Outcome(status, [], f"Searched {what}: none found{found}."
                       + _narrower_set_aside(items, operator, spec, ctx))  # fmt: skip
    min_count = spec.get("min_count", 1)
    span_needed = spec.get("min_span_days")
    if len(in_range) >= min_count and (not span_needed or _span(in_range, ctx) >= span_needed):
        doubt = _onset_unread(in_range, spec, ctx)
        if operator == "has_medication":  # a stale order's stop may be in an unread note
            doubt = doubt or unread_order_stop(in_range, spec, ctx)
        if operator == "has_procedure":  # so may the side a procedure's own note gives
            doubt = doubt or unread_side_note(in_range, spec, ctx)
        if operator == "has_encounter":  # ... and what a visit was about (visit_about.py)
            doubt = doubt or unread_visit_note(in_range, spec, ctx)
        if doubt:
            return Outcome("unknown", _cites(in_range), f"Found in {what}, but not judged: "
                           f"{doubt}.", [i.date for i in in_range if i.date])  # fmt: skip
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
        reason = f"found, but dated less than {_age_needed(spec)} before the service"
        reason += restated_clause(in_window, ctx)
    elif len(in_range) < min_count:
        reason = f"found {len(in_range)} of the {min_count} needed"
    else:
        reason = f"found over {_span(in_range, ctx)} days, {span_needed} needed"
    return Outcome("partial", _cites(in_range or in_window), f"Searched {what}: {reason}.")


def _onset_unread(items: list[Evidence], spec: dict[str, Any], ctx: Context) -> str:
    """Why a symptom duration met on problem-list onsets is not judged: the newest note about
    the region governs the onset (onsets.py), and it may be one that could not be read."""
    if not _age_needed(spec):
        return ""
    doubted = {i.ref: refs for i in items if (refs := unread_restatement(i, ctx))}
    if len(items) - len(doubted) >= spec.get("min_count", 1):
        return ""
    refs = ", ".join(dict.fromkeys(doubted.values()))
    return f"a newer note that could not be read may state a later onset ({refs})"


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
        # A stale 'active' order a later note says was stopped ends there (stopped_orders.py).
        return ctx.note_stop(item) or ctx.as_of
    if item.kind.startswith("Medication") and item.status in ("stopped", "completed"):
        # A closed order with no end whose comment dates the stop ran to it (ended_orders.py).
        return ctx.comment_stop(item) or item.date
    return item.date


def _value_ok(item: Evidence, value: dict[str, float] | None) -> bool:
    if not value:
        return True
    if item.value is None:
        return False
    return value.get("min", item.value) <= item.value <= value.get("max", item.value)


def _age_needed(spec: dict[str, Any]) -> str:
    """ "28 days", "3 months": how old ``older_than_days`` / ``older_than_months`` want it."""
    if spec.get("older_than_months"):
        return f"{spec['older_than_months']} months"
    return f"{spec['older_than_days']} days" if spec.get("older_than_days") else ""


def _old_enough(item: Evidence, spec: dict[str, Any], ctx: Context) -> bool:
    # Symptom duration: onset at least N days (or calendar months) before the service date; a
    # newer episode's onset stated in the newest note governs over an old problem-list onset
    # (onsets.py).
    days, months = spec.get("older_than_days"), spec.get("older_than_months")
    if not days and not months:
        return True
    restated = restated_onset(item, ctx) if item.kind == "Condition" else None
    # An onset of a year or month alone ("2025", "2025-06") may be its last day: an uncertain
    # date does not make a duration long enough (latest_days.py).
    onset = restated[0] if restated else (latest_record_day(item) or item.date)
    if months:  # "at least 3 months": calendar months, not 84 days (symptom_months.py)
        return onset_months_old(onset, ctx.anchor, months)
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
    dated = " dated before the order" if spec.get("before_order") else ""
    return ("for " + " or ".join(parts) if parts else "") + dated
