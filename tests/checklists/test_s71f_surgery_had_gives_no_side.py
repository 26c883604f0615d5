"""A surgery had gives an unsided order no side (s71-f, laterality.planned_sides).

Once "status post left reverse total shoulder arthroplasty March 2024" was read as the left
shoulder's (the side written at the procedure: notes/target_sides.py), CI/tsa-01's right reverse
TSA, ordered without a side, took the left one from it, and its right-shoulder film went unread.
A past surgery plans nothing; the plan's own side still sides the order.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.laterality import planned_sides
from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 1, 20)
ORDER = frozenset({"glenohumeral", "shoulder"})


def _sides(text: str) -> set[str]:
    findings = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    regions = planned_sides(ORDER, findings, {"DocumentReference/n1": DAY}, DAY)
    return {r.split(":")[1] for r in regions if ":" in r}


@pytest.mark.parametrize(
    "text",
    [
        "71F, status post left reverse total shoulder arthroplasty March 2024 with excellent "
        "result, presents with right shoulder pain.",
        "Past Surgical History: L reverse TSA 3/12/2024. Cholecystectomy 1998.",
        "PSH: s/p L TSA 2023, doing well.",
    ],
)
def test_a_surgery_had_gives_no_side(text: str) -> None:
    assert "left" not in _sides(text)


def test_the_plans_own_side_still_sides_the_order() -> None:
    assert _sides("PSH: s/p L TSA 2023. Plan: R reverse TSA 2/9.") == {"right"}
