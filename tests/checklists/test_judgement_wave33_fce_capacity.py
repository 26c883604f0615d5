"""An FCE asked for to settle "capacity", unqualified, found by blind wave 33 (DQ/occ-02): "the
employer wants an FCE to determine capacity" names what the evaluation is to settle as plainly
as "FCE to define work capacity", yet only the qualified "work capacity" was read, so the FCE
request's plan was called partial. A functional capacity evaluation's capacity is the work
capacity it measures; an FCE that names no aim is still no plan."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 3, 2)


def _plan(text: str) -> str:
    note = _note("n1", "2026-02-24", "S: dock loader, R shoulder strain 1/2026 at work. " + text)
    return status(record("97750", note, reason="S46.011D"), "OCC-005", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Employer wants an FCE to determine capacity. P: meloxicam, PT; goal full duty.",
        "P: functional capacity evaluation to establish safe capacities before work hardening.",
    ],
)
def test_an_fce_to_settle_capacity_is_its_plan(text: str) -> None:
    assert _plan(text) == "met"


def test_an_fce_with_no_aim_is_no_plan() -> None:
    assert _plan("P: FCE ordered. Meloxicam. Recheck 2 wks.") != "met"
