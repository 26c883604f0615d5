"""``note_value``: a measurement written in a note or report ("AHI 32.4/hr", "REI of 18",
"SpO2 86% on RA with ambulation", "PaO2 54") against a threshold.

``min_count`` asks for that many readings in range, told apart by the day each statement gives
(else its note's day): two diagnostic blocks each at 80%, not one block's 88% restated in a
summary. A statement that says the value held for "both"/"each" block counts for all of them.

The NLP finds the measure's name as a target (so ConText sees "wife's AHI 60" as family and
"no desaturation" as negated); the number that follows it in the same statement is its value.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .context import Context, Outcome
from .finding_dates import finding_date, note_dates
from .relevant_findings import finding_cites, relevant_findings


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
    wanted = spec.get("min_count", 1)
    if in_range and _readings(in_range, dates) < wanted:
        return Outcome(
            "partial", finding_cites(in_range),
            f"Searched {what}: {_readings(in_range, dates)} of the {wanted} readings needed "
            f"within {bounds}.",
        )  # fmt: skip
    if in_range:
        when = [d for d in (finding_date(f, dates) for f in in_range) if d]
        return Outcome("met", finding_cites(in_range), f"Found in {what}.", when)
    if found:
        shown = ", ".join(f"{f.value:g}" for f in found[:5])
        return Outcome("missing", [], f"Searched {what}: values {shown} are outside {bounds}.")
    return Outcome("missing", [], f"Searched {what}: none found.")


#: "Relief >= 80% with both blocks", "each MBB gave 90%", "two blocks, 85% relief": one
#: statement for every reading.
_BLOCKS = r"(?:blocks?|mbbs?|injections?)\b"
_EVERY = re.compile(
    rf"\b(?:both|each|two)\s+(?:\w+\s+){{0,2}}?{_BLOCKS}|\b{_BLOCKS}\s+(?:\w+\s+){{0,2}}?(?:both|each)\b",
    re.IGNORECASE,
)


def _readings(found: list[Any], dates: dict[str, date | None]) -> int:
    """Readings told apart by the day their statement gives, else their note's day."""
    if any(_EVERY.search(f.snippet) for f in found):
        return 1_000
    return len({f.when or finding_date(f, dates) for f in found})
