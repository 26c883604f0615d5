"""Left since wave 14: a load lifted at or above the job's demand is no deficit.

Y/occ-05 (OCC-003): a PT discharge table "Floor-to-waist lift | 55 lb x 5, good mechanics | 50 lb
occasional |" and "Frequent lift | 30 lb x 20 reps | 25 lb frequent |" read the measured lifts as
lifting limitations, though each meets the job's demand in the next cell. Wave 14's physical
demand levels (test_judgement_wave14_demand_levels.py) judged "PDC LIGHT-MEDIUM; job demand
LIGHT" so; now a measured load against the job's load in one statement or row is judged too. A
load below the demand, two capacities by frequency, or a job's own list of loads stays as it was.
(The case itself stays open: its carry row gives a load with no figure to compare it with.)
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
        "Floor-to-waist lift | 55 lb x 5, good mechanics | 50 lb occasional |",
        "Frequent lift | 30 lb x 20 reps | 25 lb frequent |",
        "Lift 55 lb floor to waist (job demand 50 lb).",
        "Lifted 25 kg floor to waist vs 50 lb required.",
        "Lift: 60# floor to waist (job 50#)",
    ],
)
def test_a_load_at_or_above_the_demand_is_no_limit(text: str) -> None:
    assert weight_meets_demand(text), text
    assert not _limits(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Floor-to-waist lift | 35 lb | 50 lb occasional |",
        "Lift 30 lb floor to waist (job demand 50 lb).",
        "Lift | 55 lb occasional | 30 lb frequent |",
        "Lift floor-waist 45 lb occasional (job 100), frequent 25 lb (job 50).",
        "Not able to resume full duty (job requires 50 lb frequent / 75 lb occasional).",
        "Lift 55 lb floor to waist vs 30 lb at eval.",
        "Lift 40 lb floor to waist, carry 30 lb.",
    ],
)
def test_no_load_meeting_a_demand_leaves_it_as_it_was(text: str) -> None:
    assert not weight_meets_demand(text), text
