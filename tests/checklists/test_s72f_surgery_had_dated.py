"""A surgery had, dated before the note and looking nowhere ahead, gives an unsided order no
side (s72-f, laterality.planned_sides).

"status post left total shoulder arthroplasty March 2024" is not marked historical; it stood
unsided only while a knee concept misread its "arthroplasty" (notes/targets.yaml). Read as the
shoulder's plan concept, its left side would side a right TSA order.
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
        "status post left total shoulder arthroplasty March 2024, doing well",
        "s/p L reverse shoulder arthroplasty 6/2023 with good result; now R shoulder pain",
        "She had a left total shoulder arthroplasty in 2022 and recovered fully.",
    ],
)
def test_a_dated_surgery_had_gives_no_side(text: str) -> None:
    assert "left" not in _sides(text)


@pytest.mark.parametrize(
    "text, side",
    [
        ("Plan: L total shoulder arthroplasty 3/10/2026", "left"),
        ("Plan right reverse total shoulder arthroplasty; last injection 6/2025", "right"),
        ("Proceed with L reverse TSA, scheduled 2/9", "left"),
    ],
)
def test_a_plan_still_sides_the_order(text: str, side: str) -> None:
    assert _sides(text) == {side}
