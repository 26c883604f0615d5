"""A functional capacity evaluation that finds the worker meets the job overtakes older limits.

Work conditioning and work hardening are for a worker whose capacity falls short of the job's
physical demands (MS WC work hardening criteria; CareSource's work-rehab policy asks for the
deficits against the job). An FCE that classifies the worker's physical demand level at or above
the job's ("Job: Sedentary (DOT). Demonstrated PDL: Light ... Meets job demands") is the
measure of function against the job: a questionnaire score or a limit written before it (a PT
discharge's "QuickDASH 18" two months earlier) no longer shows a deficit the program would close
(blind wave 36, ED/workrehab-03). The FCE's own line is read as no limit by the note reader
(demand_levels.capacity_meets_demand); this drops the functional-deficit findings of texts dated
before the newest such FCE. A limit written after it still counts.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..evidence.demand_levels import capacity_meets_demand


def _capacity_met_on(texts: dict[str, Any]) -> date | None:
    """The date of the newest text with a line whose capacity meets the job's demand."""
    days = [
        t.date
        for t in texts.values()
        if t.date is not None
        and t.text
        and any(capacity_meets_demand(line) for line in t.text.splitlines())
    ]
    return max(days, default=None)


def before_capacity_met(findings: list[Any], texts: dict[str, Any]) -> list[Any]:
    """``findings`` without those of texts dated before the newest FCE that meets the job."""
    met_on = _capacity_met_on(texts)
    if met_on is None:
        return findings
    return [
        f
        for f in findings
        if (written := f.copied_from or getattr(texts.get(f.note_ref), "date", None)) is None
        or written >= met_on
    ]
