"""An FCE with nothing pointing it toward work is no return-to-work plan, found by blind wave 34
(DU/workrehab-02): "Plan: order FCE to define restrictions. Work status: remain off work" was
read as the FCE request's plan, though the plan names no return-to-work goal and no step the
FCE is to decide. What the FCE is to settle counts as the plan (OCC-005) only beside a
return-to-work goal or the step after it: conditioning or hardening, transitional duty,
permanent restrictions, vocational rehabilitation."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 6, 1)


def _plan(text: str) -> str:
    note = _note("n1", "2026-05-26", "S: cook, L wrist sprain lifting a stockpot 4/2026. " + text)
    return status(record("97750", note, reason="S63.502A"), "OCC-005", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "P: FCE to define restrictions. Keep off work. Recheck 4 wks.",
        "Plan: functional capacity evaluation to set restrictions; stays out of work.",
    ],
)
def test_an_fce_pointing_nowhere_toward_work_is_no_plan(text: str) -> None:
    assert _plan(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "P: FCE to define restrictions, then decide on work conditioning. Keep off work.",
        "P: FCE to define restrictions. Goal: back to full duty as line cook by July.",
        "P: FCE to define restrictions, then transitional duty per employer.",
    ],
)
def test_an_fce_with_its_step_toward_work_is_its_plan(text: str) -> None:
    assert _plan(text) == "met"
