"""A side written at a procedure is the procedure's, whatever else the statement says of the
other side (s71-f; noticed at stop 52 without a blind case).

"Plan R TKA 3/10 as the other knee is better" gave the plan the right knee and "the other"
(made the left beside the right), so a left TKA order found its plan met: the record looked
ready for a knee no plan names. A side written right at the procedure ("R TKA", "TKA R knee",
"right total knee arthroplasty", "TKA on the left") is the one it is for; each of two procedures
keeps its own ("R TKA 3/10 then L TKA in summer").
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 3, 2)


def _plan_sides(text: str) -> list[set[str]]:
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [
        {r.split(":")[1] for r in f.regions if r.startswith("knee:")}
        for f in found
        if f.concept == "knee-replacement-plan" and not f.negated
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Plan R TKA 3/10 as the other knee is better",
        "Plan: R TKA 3/10 since her other knee is less painful",
        "Plan R TKA 3/10 and the other knee in the fall",
        "Plan R TKA 3/10 because the other knee is worse",
        "A/P: proceed with right total knee arthroplasty 3/10 as L knee is only mild",
        "P: TKA R knee 3/10 and the other knee after rehab",
        "plan rt TKA on 3/10 - L knee worse but skin breakdown there",
        "Plan: R TKA 3/10, L knee injections continue",
        "Plan: TKA on the right 3/10 since the left knee has a wound",
    ],
)
def test_the_side_at_the_procedure_is_its_only_side(text: str) -> None:
    sides = _plan_sides(text)
    assert sides and all(s == {"right"} for s in sides), sides


def test_two_procedures_keep_each_its_own_side() -> None:
    sides = _plan_sides("Plan: R TKA 3/10 then L TKA in summer")
    assert sorted(map(sorted, sides)) == [["left"], ["right"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Plan: bilateral TKA, staged, L knee first", {"bilateral"}),
        ("Plan: TKA of the knee with worse films (L knee, R knee mild)", {"left", "right"}),
        ("Plan: TKA (L knee, R knee mild)", {"left", "right"}),
    ],
)
def test_no_one_side_at_the_procedure_keeps_the_statements(text: str, expected: set) -> None:
    # No single side written at the procedure: the statement's sides stand as before.
    sides = _plan_sides(text)
    assert sides and all(expected == s for s in sides), sides
