"""An FCE whose purpose is the level of work to return at is a return-to-work plan (OCC-005),
found by blind wave 41 (EX/occupational-work-rehab-02): "P: FCE to determine work
capacity/restrictions" for a worker who still cannot do her job was read as an FCE pointing
nowhere toward work. Settling the work capacity, the return-to-work or physical demand level, the
job match or the capacities against the job's demands is the return-to-work decision itself;
restrictions alone stay no plan (wave 34, DU/workrehab-02)."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 6, 1)


def _plan(text: str) -> str:
    note = _note("n1", "2026-05-26", "S: baker, R elbow strain lifting flour sacks 3/2026. " + text)
    return status(record("97750", note, reason="S56.911A"), "OCC-005", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "P: functional capacity evaluation to establish work capacity. Recheck after.",
        "Plan: FCE to determine his physical demand level. RTC 3 wks.",
        "P: FCE to set safe capacities vs bakery job demands.",
    ],
)
def test_an_fce_settling_the_work_level_is_its_plan(text: str) -> None:
    assert _plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "P: FCE to determine restrictions. Stays off work.",
        "P: FCE not needed to set work capacity; keep off work.",
    ],
)
def test_restrictions_alone_or_a_denied_fce_are_no_plan(text: str) -> None:
    assert _plan(text) != "met"
