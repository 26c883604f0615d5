"""``plan_lacks_service``: the plan of care leaves out the discipline that is being requested.

A home-health plan of care lists its disciplines and their frequencies ("PT 3w2, 2w2; SN 1w2").
An order for occupational therapy is not covered by a signed plan that lists only physical
therapy and nursing: the payer authorizes what the plan orders. The plan documents (by title or
type words, and CarePlans) in the window are read for the ordered service's discipline words:
``met`` (the plan lacks it) when they name other disciplines but not this one; ``missing`` when
one names it, none names any discipline (nothing to judge), or there is no plan document to read
(whether a plan exists is another criterion's question). Used as an exclusion,
``all_of: [<the plan exists>, not: {plan_lacks_service: ...}]``.

Abbreviations written in capitals ("PT", "OT", "SN") match only in capitals: "Pt" is the patient.
"""

from __future__ import annotations

from typing import Any

from ..evidence.care_plans import as_written
from .capital_names import names_pattern
from .context import MAX_EVIDENCE, Context, Outcome, cite, clip
from .record_filters import matches_concept


def names_discipline(text: str, entry: dict[str, Any]) -> bool:
    """Whether ``text`` names the discipline ``entry`` lists (by its names)."""
    return bool(names_pattern(tuple(entry.get("names", ()))).search(text))


def _as_written(ctx: Context, ref: str) -> str:
    """The CarePlan's words in their own case: "SN 3w8 wound VAC changes" read lower-cased named
    no nursing, the capitals-only "SN" being no match (blind wave 69, JB/homehealth-02: a plan
    ordering SN and an aide read as ordering the aide alone)."""
    return as_written(ctx.record.resolve(ref) or {})


def plan_lacks_service(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Whether the plan-of-care documents in the window leave out the ordered discipline."""
    disciplines = spec.get("disciplines", ())
    ordered = next(
        (d for d in disciplines if d["codes"].contains(ctx.service_system, ctx.service_code)),
        None,
    )
    if ordered is None:
        return Outcome("missing", [], f"The service {ctx.service_code} names no discipline.")
    label = ordered.get("names", ["the ordered discipline"])[0]
    low, high = ctx.window(spec.get("within_days"))
    wanted = {"names": tuple(spec.get("documents", ()))}
    plans = [
        (n.ref, f"{n.title or 'plan of care'} ({n.date})", n.text or "")
        for n in ctx.record.notes
        if n.status == "current"
        and n.date is not None
        and (low is None or n.date >= low)
        and n.date <= high
        and matches_concept(n.codes, n.title, wanted)
        and n.text
    ]
    plans += [
        (e.ref, f"care plan ({e.date})", _as_written(ctx, e.ref) or e.text)
        for e in ctx.record.of("CarePlan")
        if e.text and ctx.in_window(e.date, spec.get("within_days"))
    ]
    what = f"plans of care {ctx.window_text(spec.get('within_days'))} for {label}"
    if not plans:
        return Outcome("missing", [], f"Searched {what}: no plan-of-care document to read.")
    naming = [p for p in plans if names_discipline(p[2], ordered)]
    if naming:
        cites = [cite(ref, f"{title}: {clip(text, 120)}") for ref, title, text in naming]
        return Outcome("missing", cites[:MAX_EVIDENCE], f"Found {what}: the plan orders it.")
    others = sorted(
        {d.get("names", ["?"])[0] for d in disciplines for p in plans if names_discipline(p[2], d)}
    )
    if not others:
        return Outcome("missing", [], f"Searched {what}: the plans name no discipline.")
    shown = "; ".join(title for _ref, title, _text in plans[:3])
    return Outcome(
        "met",
        [cite(ref, f"{title}: {clip(text, 120)}") for ref, title, text in plans][:MAX_EVIDENCE],
        f"The plan of care ({shown}) lists {', '.join(others)} but not {label}, the service "
        "requested.",
    )
