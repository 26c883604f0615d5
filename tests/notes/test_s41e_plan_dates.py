"""Blind wave 42: a plan is not dated by a deed a later clause of its statement recalls.

FC/hip-03: "Plan R THA (bilateral disease, L side done 2025 w/ excellent result)" dated the right
hip's plan 2025, the other side's surgery, so the plan read as an old one and was dropped
(THA-005). Care named before such a clause keeps the date: "last one done 03/2025" dates it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_DAY = date(2026, 9, 14)


def _found(text: str, concept: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, _DAY)])
    return [f for f in found if f.concept == concept]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: L knee OA. Plan L TKA (R knee performed 2024, doing well).",
        "Plan R total knee replacement (left had TKA 2023, excellent outcome).",
    ],
)
def test_a_done_clause_does_not_date_the_plan(text: str) -> None:
    plans = _found(text, "knee-replacement-plan")  # the first is the plan, not the deed recalled
    assert plans and plans[0].when is None


def test_a_plan_still_takes_a_date_of_its_own() -> None:
    plans = _found("Plan: L TKA (discussed 03/2025, deferred).", "knee-replacement-plan")
    assert plans and plans[0].when == date(2025, 3, 1)


def test_a_done_clause_still_dates_what_was_done() -> None:
    # Only plans lose the date: care named before the clause keeps it.
    found = _found("Knee injection, last one done 03/2025.", "corticosteroid-injection")
    assert found and found[0].when == date(2025, 3, 1)
