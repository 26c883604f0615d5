"""The side of a shoulder replacement plan whose kind stands between side and joint (s72-f;
the lead's probe of stop 72, no blind case yet).

"Plan right reverse total shoulder arthroplasty" named no side: a side was read only one
qualifier away from its region ("right total knee", "R anatomic TSA"), so "reverse total"
left the plan unsided and a film of the other shoulder could stand for it. The kind of the
replacement (reverse, anatomic, primary, revision) and "total" both sit between side and joint
in the way surgeons write a plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 3, 2)
SHOULDER = ("shoulder", "glenohumeral")


def _plan_sides(text: str) -> list[set[str]]:
    """The shoulder sides of each asserted, current shoulder replacement plan in ``text``."""
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [
        {r.split(":")[1] for r in f.regions if ":" in r and r.split(":")[0] in SHOULDER}
        for f in found
        if f.concept == "shoulder-replacement-plan" and not f.negated and not f.historical
    ]


@pytest.mark.parametrize(
    "text, side",
    [
        ("Plan right reverse total shoulder arthroplasty", "right"),
        ("P: R reverse TSA 10/22", "right"),
        ("Plan left rTSA", "left"),
        ("proceed with right reverse shoulder replacement", "right"),
        ("Plan L anatomic TSA", "left"),
        ("A/P: L reverse total shoulder replacement, deltopectoral approach", "left"),
        ("Plan: rt. reverse total shoulder arthroplasty 11/4", "right"),
        ("Plan: left anatomic total shoulder replacement", "left"),
        ("right-sided reverse TSA planned 10/22", "right"),
        ("Plan R primary reverse TSA", "right"),
        ("Plan: L revision reverse TSA", "left"),
        ("Pln - lt. reverse tsa", "left"),
    ],
)
def test_a_side_before_the_kind_of_replacement_is_the_plans(text: str, side: str) -> None:
    sides = _plan_sides(text)
    assert sides and all(s == {side} for s in sides), sides


def test_the_side_before_the_kind_is_the_procedures_beside_the_other_shoulder() -> None:
    # target_sides.py: the side written at the procedure, the kind between them.
    sides = _plan_sides("Plan R reverse TSA 3/10 as the other shoulder is better")
    assert sides and all(s == {"right"} for s in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        "right hand numbness, reverse total shoulder arthroplasty planned",
        "Plan reverse TSA; left hip OA stable",
        "R knee pain. Plan: reverse total shoulder arthroplasty",
        "Plan: reverse TSA. Right hip replacement 2019 did well",
    ],
)
def test_a_side_of_another_part_gives_the_plan_none(text: str) -> None:
    sides = _plan_sides(text)
    assert sides and all(s == set() for s in sides), sides
