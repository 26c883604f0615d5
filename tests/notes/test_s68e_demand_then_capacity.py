"""A job's demand written first, then the worker's capacity after a slash or "vs" (brief s68-e).

"Job demands vs current: Carry 80 lb bundles: required / 40 lb" lines the job's load up first
and what the worker carries now after the slash: a carry of 40 lb against 80 lb required is a
deficit, not a load that meets the demand (blind wave 72, JM/occupational-work-rehab-03, read
"required / 40 lb" as the job's 40 lb, met by the 80 lb). A capacity at or above the demand
written the same way is still none, and a capacity then its demand reads as before.
"""

from __future__ import annotations

import pytest

from smartapp.evidence.demand_levels import weight_meets_demand
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [
        f.text for f in found if f.category == "functional-deficits" and f.asserted and not f.normal
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Carry 80 lb bundles: required / 40 lb",
        "Job demands vs current:\n  Carry 80 lb bundles: required / 40 lb",
        "Lift floor-waist 50 lb: required / 25 lb today",
        "Carry 80 lb: req'd / 40 lb",
        "Carrying 80 lb required vs 40 lb now.",
        "Carry 50# required / tolerates 20#",
        "Lift 60 lb (job requirement) / 35 lb tested",
        "Overhead lift 30 lb: job demand / current 10 lb",
        "carry 75 lbs shingles - required / can carry 35 lbs",
    ],
)
def test_a_capacity_under_the_demand_written_after_it_is_a_limit(text: str) -> None:
    assert not weight_meets_demand(text), text
    assert _limits(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Carry 80 lb bundles: required / 80 lb",
        "Lift 50 lb: required / 60 lb at FCE",
        "Carrying 40 lb required vs 55 lb now.",
        "Lift 55 lb floor to waist (job demand 50 lb).",
    ],
)
def test_a_capacity_at_the_demand_written_after_it_is_none(text: str) -> None:
    assert weight_meets_demand(text), text
