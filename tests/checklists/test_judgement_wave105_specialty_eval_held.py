"""A specialty evaluation the note records as performed, and by whom, is that evaluation, in
whatever section it is written (blind wave 105, OJ/wheelchair-03).

The physiatrist's "PM&R FACE-TO-FACE MOBILITY EXAM" (RTF) closes its plan with "Specialty eval
performed today by me (physiatrist) with ATP present.": LCD L33789's specialty evaluation for a
Group 3 power chair, by a physician with specialty training in seating and mobility. WHC-008 read
no evaluation: no pattern took the evaluation named before its verb and performer, and plan
statements are left out (a plan's evaluation is a referral). The past verb and the PT, OT or
physiatrist performing it make it the visit's record (notes/targets.yaml,
wheelchair-evaluation-held). A referral, one still to be done, the supplier's ATP alone, one on a
condition and one older than the six months are none.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _whc008(text: str, when: str = "2026-02-18") -> str:
    # The ordering physician's note (signer not named), dated inside the six months.
    note = _note("n1", when, text, extra={"type": {"text": "Progress note"}})
    bundle = record("K0861", note, reason="G12.21", order_type="DeviceRequest")
    return status(bundle, "WHC-008")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "PM&R FACE-TO-FACE MOBILITY EXAM\n67M ALS dx 2025. Cannot walk >5 ft even with RW.\n"
        "Cognition intact, vision normal, operated joystick safely in clinic trial.\n"
        "Plan: Group 3 PWC w/ tilt. Specialty eval performed today by me (physiatrist) with ATP "
        "present.",
        "Plan: K0861. Seating eval completed 2/10 by OT (J. Doe, OTR/L).",
        "Specialty mobility evaluation was done today by PT: safe joystick control.",
        "A/P: PWC. Power wheelchair assessment completed in clinic by physical therapist.",
    ],
)
def test_an_evaluation_recorded_as_performed_by_pt_ot_or_physiatrist_is_met(text: str) -> None:
    assert _whc008(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Plan: Group 3 PWC. Specialty eval to be performed by PT.",
        "Plan: Group 3 PWC. Specialty eval performed by ATP with the supplier.",
        "Plan: Once specialty eval completed by PT, will order chair.",
        "Plan: Referred for specialty eval; to be done by OT.",
        "Plan: No specialty eval performed by PT yet.",
        "Plan: Brother had a seating eval done by OT.",
    ],
)
def test_a_referral_plan_or_supplier_assessment_is_not_met(text: str) -> None:
    assert _whc008(text) != "met", text


def test_an_evaluation_older_than_six_months_is_not_met() -> None:
    text = "Plan: Group 3 PWC. Specialty eval performed today by me (physiatrist)."
    assert _whc008(text, when="2025-06-01") != "met"
