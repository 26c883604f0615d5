"""What an FCE will settle, written as a promise, found by blind wave 31 (DI/workrehab-02): "FCE
(97750, one 4-h session) - will set permanent restrictions vs work hardening referral" names
what the evaluation is for as plainly as "FCE to set restrictions", yet only the "to" form was
read, so the FCE request's plan was called partial. "Will" and "would" lead it as "to" does; an
FCE the note says will not set anything is still no plan."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 5, 20)


def _plan(text: str) -> str:
    note = _note("n1", "2026-05-12", "S: warehouse worker, lumbar strain 1/2026, PT done. " + text)
    return status(record("97750", note, reason="S39.012D"), "OCC-005", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "P: FCE, one 4-hour session - will set permanent restrictions or work conditioning.",
        "Plan: functional capacity evaluation would establish safe lifting limits; RTW after.",
    ],
)
def test_an_fce_that_will_set_restrictions_is_its_plan(text: str) -> None:
    assert _plan(text) == "met"


def test_an_fce_that_will_not_set_them_is_no_plan() -> None:
    assert _plan("P: FCE ordered; it will not define restrictions, ortho will.") != "met"
