"""Acute therapy begun and left, read as a completed course, found by blind wave 41 (EZ/occ-03):
a PT evaluation Procedure of 8/4 noted "PT eval, plan 2x/wk x 6 wks", and the patient came once
more and cancelled the rest. The plan's six weeks were counted back from the evaluation as
therapy had. The weeks written after "plan" are to come (the visit number the same case's daily
note wrote like a day: test_judgement_wave41_visit_number.py)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.planned_weeks import weeks_planned

from .test_judgement import record, status

_ORDER = {"authoredOn": "2026-06-01", "occurrenceDateTime": "2026-06-08"}
_AS_OF = date(2026, 6, 3)


def _visit(ident: str, when: str, code: str = "97110", note: str | None = None) -> dict:
    visit = {
        "resourceType": "Procedure",
        "id": ident,
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": code}]},
        "performedDateTime": when,
    }
    return {**visit, "note": [{"text": note}]} if note else visit


@pytest.mark.parametrize(
    "text",
    [
        "OT eval, plan 3x/wk x 4 wks",
        "PT initial evaluation; POC: 2x/week for 8 weeks",
        "Chiro exam. Plan 2x/wk x 6 wks, then re-exam",
    ],
)
def test_weeks_written_after_the_plan_are_to_come(text: str) -> None:
    assert weeks_planned(text)


@pytest.mark.parametrize(
    "text",
    [
        "PT x 8 wks, plan 2x/wk x 4 more wks",  # eight weeks had before the new plan
        "OT eval, plan 2x/wk x 6 wks - completed",
        "PT 2x/wk x 6 wks, plan HEP",
    ],
)
def test_weeks_had_or_a_plan_said_done_are_not_only_planned(text: str) -> None:
    assert not weeks_planned(text)


def test_an_evaluation_and_its_plan_are_no_course_had() -> None:
    care = (
        _visit("ev", "2026-04-20", "97161", note="PT eval, plan 2x/wk x 6 wks"),
        _visit("v1", "2026-04-22"),
        _visit("v2", "2026-04-27"),
    )
    bundle = record("97545", *care, reason="S33.5XXD", order=_ORDER)
    assert status(bundle, "OCC-002", as_of=_AS_OF)["status"] != "met"
