"""Blind wave 13 (AR/hh-02): a plan of care is in force for the service requested only when its
period runs on the day that service starts, and a recertification draft left blank is no review
of the plan."""

from __future__ import annotations

from .test_judgement import _note, record, status

_PLAN = (
    "HOME HEALTH PLAN OF CARE - PT\nSOC 12/01/2025, cert period 01/05/2026-03/05/2026.\n"
    "PT 3w3, 2w5. Goals: R knee ROM 0-110, ambulate 300 ft w/ cane.\n"
    "Signed: Evelyn Ruiz, MD 01/03/2026"
)
_DRAFT = (
    "HOME HEALTH RECERTIFICATION - PT (DRAFT)\nCert period: 03/06/2026 - 05/04/2026\n"
    "Frequency: ***\nGoals: ***\nPhysician signature: ________  Date: ________"
)


def _plan(ident: str, when: str, text: str) -> dict:
    return _note(ident, when, text, extra={"description": "Plan of care note"})


def test_a_plan_that_ends_before_the_requested_service_starts_has_lapsed_for_it():
    # As of 2026-03-01 the plan still runs (to 3/05), but the home PT asked for starts 3/10.
    plan = _plan("poc", "2026-01-03", _PLAN)
    later = record("G0151", plan, reason="Z47.1")
    assert status(later, "HHC-004")["status"] != "met"
    # Asked for from 3/04, inside its period, the same plan covers it.
    inside = record("G0151", plan, reason="Z47.1", order={"occurrenceDateTime": "2026-03-04"})
    assert status(inside, "HHC-004")["status"] == "met"


def test_a_blank_recertification_draft_is_no_review_of_the_plan():
    plan = _plan(
        "poc", "2025-12-20", _PLAN.replace("01/05/2026-03/05/2026", "12/20/2025-02/17/2026")
    )
    draft = _plan("recert", "2026-02-28", _DRAFT)
    assert status(record("G0151", plan, draft, reason="Z47.1"), "HHC-006")["status"] != "met"
    signed = _DRAFT.replace("Frequency: ***", "Frequency: PT 2w4").replace(
        "Goals: ***", "Goals: stairs"
    )
    signed = signed.replace(
        "Physician signature: ________  Date: ________", "Signed: J. Doe MD 2/28/26"
    )
    filled = _plan("recert", "2026-02-28", signed)
    assert status(record("G0151", plan, filled, reason="Z47.1"), "HHC-006")["status"] == "met"
