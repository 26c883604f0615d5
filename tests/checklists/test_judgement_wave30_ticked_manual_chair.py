"""A ticked form box the arm examination contradicts, found by blind wave 30 (DH/whc-02): the
power-chair PA form ticked "Patient cannot self-propel an optimally configured manual wheelchair"
while the physician's mobility exam found full shoulder range, arm and grip strength 5/5 and no
arm pain, and the patient preferred a power chair. LCD L33789 asks why a manual chair cannot
meet the need (arm strength, range of motion, pain, endurance): the tick alone is a form default
once the exam finds the arms strong and the narrative gives no other reason."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

_FORM = (
    "Power mobility PA request\n[X] Face-to-face exam done\n"
    "[X] Patient cannot self-propel an optimally configured manual wheelchair\n"
    "[ ] PT/OT evaluation attached"
)


def _whc004(exam: str) -> str:
    order = {"authoredOn": "2026-04-10", "occurrenceDateTime": "2026-04-30"}
    notes = (_note("exam", "2026-04-06", exam), _note("form", "2026-04-10", _FORM))
    bundle = record("K0823", *notes, reason="M16.0", order_type="DeviceRequest", order=order)
    return status(bundle, "WHC-004", as_of=date(2026, 4, 12))["status"]


def test_a_ticked_box_beside_strong_arms_and_no_reason_is_no_evidence():
    exam = "Mobility exam: walks 10 ft with walker. UE strength 5/5 bilat, full shoulder ROM."
    assert _whc004(exam) != "met"


def test_the_box_counts_with_a_reason_in_the_narrative_or_no_arm_exam():
    reason = (
        "Mobility exam: UE strength 5/5. Manual chair trial: propelled only 20 ft before R "
        "shoulder pain 7/10."
    )
    assert _whc004(reason) == "met"
    assert _whc004("Mobility exam: walks 10 ft with walker, falls x2.") == "met"
