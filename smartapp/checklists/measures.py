"""``note_value``: a measurement written in a note or report ("AHI 32.4/hr", "REI of 18",
"SpO2 86% on RA with ambulation", "PaO2 54") against a threshold.

The NLP finds the measure's name as a target (so ConText sees "wife's AHI 60" as family and
"no desaturation" as negated); the number that follows it in the same statement is its value.
"""

from __future__ import annotations

from typing import Any

from .context import Context, Outcome
from .documents import finding_cites, finding_date, note_dates, relevant_findings


def note_value(spec: dict[str, Any], ctx: Context) -> Outcome:
    """Met when an asserted measurement of ``measure`` in the window lies within ``value``."""
    measures = spec["measure"].split("|")
    bounds = spec.get("value") or {}
    what = f"notes and reports for {'/'.join(measures)} {ctx.window_text(spec.get('within_days'))}"
    if ctx.record.findings is None:
        return Outcome("unknown", [], f"Could not search {what}: note analysis unavailable.")
    criterion = {
        "category": "measure",
        "concepts": measures,
        "kinds": spec.get("kinds", ("note", "report", "order", "annotation")),
        "statement_mentions": spec.get("statement_mentions"),
    }
    dates = note_dates(ctx)
    found = [
        f for f in relevant_findings(criterion, ctx)
        if f.asserted and f.value is not None
        and ctx.in_window(finding_date(f, dates), spec.get("within_days"))
    ]  # fmt: skip
    in_range = [
        f for f in found
        if bounds.get("min", f.value) <= f.value <= bounds.get("max", f.value)
    ]  # fmt: skip
    if in_range:
        when = [d for d in (finding_date(f, dates) for f in in_range) if d]
        return Outcome("met", finding_cites(in_range), f"Found in {what}.", when)
    if found:
        shown = ", ".join(f"{f.value:g}" for f in found[:5])
        return Outcome("missing", [], f"Searched {what}: values {shown} are outside {bounds}.")
    return Outcome("missing", [], f"Searched {what}: none found.")
