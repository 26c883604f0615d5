"""A work program's plan charted as a CarePlan that starts with the program (blind wave 76).

KC/occrehab-03: "Work conditioning: simulated assembly tasks, grip/endurance; 3x/wk x 4 wks; goal
RTW full duty assembler 8-hr shift by 11/30/26", a CarePlan for 11/2-11/27 asked for on 10/20,
is the plan made for the program (OCC-005), as a home-health plan of care signed before the start
of care is (plans_ahead.py). A plan that starts after the program's day, or one that ended
before it, is not.
"""

from __future__ import annotations

import pytest

from .test_judgement import record, status


def _plan(start: str, end: str) -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "cp",
        "status": "active",
        "intent": "plan",
        "subject": {"reference": "Patient/p"},
        "period": {"start": start, "end": end},
        "description": "Work conditioning 3x/wk x 4 wks, 2-hr sessions; goal RTW full duty 4/30.",
    }


def _program_plan(start: str, end: str) -> str:
    return status(record("97545", _plan(start, end), reason="S66.911A"), "OCC-005")["status"]


@pytest.mark.parametrize(
    ("start", "end"), [("2026-03-10", "2026-04-07"), ("2026-03-05", "2026-04-02")]
)
def test_a_program_plan_starting_with_the_program_is_the_plan(start: str, end: str) -> None:
    assert _program_plan(start, end) == "met"


@pytest.mark.parametrize(
    ("start", "end"),
    [("2026-03-20", "2026-04-17"), ("2025-10-01", "2025-11-01")],
)
def test_a_plan_after_the_program_starts_or_long_lapsed_is_not(start: str, end: str) -> None:
    assert _program_plan(start, end) != "met"

