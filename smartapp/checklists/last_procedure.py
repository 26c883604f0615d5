"""A repeat procedure's response is the response to the last one before it, not any earlier one.

LCD L39240 (epidural steroid injections) allows a repeat only after a documented response to the
prior injection (at least 50% relief or functional gain, sustained); L38773 asks the same of a
repeat ablation. "Prior" is the most recent one in the region: a first injection's "~60% relief
lasting about 4 months" says nothing of the second, which "helped maybe 40% for about 3 weeks"
(blind wave 28, CW/inj-03). So ``note_value``'s ``after_last`` leaves out the readings dated
before the last prior procedure of the kind requested: a completed Procedure of its codes, or a
note statement naming one with its own date ("ESI 12/8/25 helped ..."), up to ``as_of``.

A reading is dated by its statement's own date, else by its note's. A month written alone is
read as its first day ("ESI in Dec"), so a reading up to :data:`SLACK_DAYS` before the last
procedure is still taken as about it; injections in one region are months apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from .. import lazy_re
from .context import Context
from .record_filters import _keep
from .relevant_findings import relevant_findings

#: How far before the last procedure a reading may be dated and still be about it.
SLACK_DAYS = 31


def prior_procedures(specs: list[dict[str, Any]], ctx: Context) -> list[date]:
    """The days of the prior procedures of the requested kind, oldest first, days within
    :data:`SLACK_DAYS` of the one before taken as one: the first spec whose ``codes`` hold the
    requested service names the kind; empty when none does or none was done."""
    spec = next(
        (s for s in specs if s["codes"].contains(ctx.service_system, ctx.service_code)), None
    )
    if spec is None:
        return []
    days = [
        i.date for i in ctx.record.of("Procedure")
        if i.date and _keep(i, "has_procedure", spec, ctx)
    ]  # fmt: skip
    if spec.get("concepts"):  # "ESI 12/8/25 helped ...": a dated statement of one done
        told = {**spec, "category": spec.get("category", "conservative-treatment")}
        told.pop("codes")
        dates = ctx.text_dates
        days += [f.when for f in relevant_findings(told, ctx) if f.when and _done(f, dates)]
    days = sorted(d for d in days if d <= ctx.as_of and ctx.in_window(d, spec.get("within_days")))
    out: list[date] = []
    for day in days:
        if out and day - out[-1] <= timedelta(days=SLACK_DAYS):
            out[-1] = day  # the Procedure and a note's "ESI in Dec": one injection
        else:
            out.append(day)
    return out


def _done(finding: Any, dates: dict[str, date | None]) -> bool:
    """Told as done: asserted, or dated before its note with no word but a plan's against it
    ("Repeat L4-5 ILESI 12/8/25 gave only 30% relief": "repeat" reads as a plan)."""
    if finding.asserted:
        return True
    written = dates.get(finding.note_ref)
    past = bool(written and finding.when < written)
    return (
        past
        and finding.hypothetical
        and not (finding.negated or finding.family or finding.planned or finding.speculative)
    )


def about_the_last(
    readings: list[Any],
    specs: list[dict[str, Any]],
    ctx: Context,
    written: Callable[[Any], date | None],
) -> tuple[list[Any], date | None]:
    """The readings about the last prior procedure (see the module), and that procedure's day
    (None when there is none to go by, and every reading is kept)."""
    days = prior_procedures(specs, ctx)
    if not days:
        return readings, None
    last, since = days[-1], days[-1] - timedelta(days=SLACK_DAYS)
    kept = [f for f in readings if (f.when or written(f) or last) >= since]
    if len(days) > 1:  # "First ESI gave ~60% relief ...": of a series, not its last
        kept = [f for f in kept if not (_FIRST.search(f.snippet) and not _LATER.search(f.snippet))]
    return kept, last


#: A statement about the first of a series ("First ESI", "the initial injection", "ILESI #1"),
#: and one that also names a later one ("second ESI gave 70%, better than the first").
_FIRST = lazy_re.compile(r"\b(?:first|1st|initial)\b|#\s*1\b", re.IGNORECASE)
_LATER = lazy_re.compile(
    r"\b(?:second|2nd|third|3rd|fourth|4th|last|latest|most recent|recent|repeat|another)\b"
    r"|#\s*[2-9]\b",
    re.IGNORECASE,
)
