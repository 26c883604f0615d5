"""Two sides ranked before a planned procedure: the plan is the greater side's (s72-f; the
lead's probe of stop 72, no blind case yet).

"Plan L>R TKA" was read as a right TKA: the letter after ">" stood before "TKA" and was taken
for its side. Surgeons rank the knees worse side first ("knee OA L>R") and replace the worse
one first, so a plan "L>R TKA" (or "R<L TKA") is a left TKA. A ranking at a finding is no plan
side: "L>R knee pain" is pain in both knees, the left worse, and "knee pain L>R. Plan TKA"
plans no one side.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 3, 2)


def _sides(text: str, concept: str = "knee-replacement-plan") -> list[set[str]]:
    """The knee sides of each asserted, current ``concept`` finding of ``text``."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [
        {r.split(":")[1] for r in f.regions if r.startswith("knee:")}
        for f in found
        if f.concept == concept and not (f.negated or f.historical or f.family)
    ]


@pytest.mark.parametrize(
    "text, side",
    [
        ("Plan L>R TKA", "left"),
        ("Plan: L > R TKA 3/10", "left"),
        ("P: lt>rt TKA", "left"),
        ("plan L>>R total knee arthroplasty", "left"),
        ("Plan R<L TKA", "left"),
        ("Plan: R>L TKA, surgery 4/2", "right"),
        ("proceed with L>R total knee replacement", "left"),
        ("A/P: bilat knee OA. Plan: R > L TKA as the other knee is tolerable", "right"),
        ("Plan l>r tka 3/10", "left"),
    ],
)
def test_a_plan_ranked_before_its_procedure_is_the_greater_sides(text: str, side: str) -> None:
    sides = _sides(text)
    assert sides and all(s == {side} for s in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        "L>R knee pain, plan TKA",
        "knee pain L>R. Plan TKA",
        "Plan TKA, knee pain L>R",
        "Plan L=R TKA",
    ],
)
def test_a_ranking_at_a_finding_gives_the_plan_no_one_side(text: str) -> None:
    sides = _sides(text)
    assert sides and all(len(s) != 1 for s in sides), sides


def test_another_joints_ranking_leaves_the_plans_own_side() -> None:
    sides = _sides("L>R hip pain; plan R TKA")
    assert sides and all(s == {"right"} for s in sides), sides
