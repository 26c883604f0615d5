"""Skilled needs written as home-health orders write them, which HHC-002 did not read (found
while reading blind wave 27's CU/hh-03): what the nurse is to do ("SN to assess cardiopulmonary
status and teach diuretic regimen"), and the discipline in home health's shorthand leading the
skills it is for ("HH PT/OT eval and treat for gait, transfers", "HHPT for strengthening").

Observation and assessment, teaching and training and hands-on care take a nurse's skill (42 CFR
409.33); a nurse to call, to schedule or to draw labs does not (venipuncture alone qualifies no
one: 42 CFR 409.42(c)(1)), nor a discipline named without what it is for, nor care already done.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _skilled(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "skilled-need")


@pytest.mark.parametrize(
    "text",
    [
        "SN to assess cardiopulmonary status and teach diuretic regimen.",
        "RN to evaluate wound and instruct caregiver on dressing.",
        "Home health nurse to assess vitals and teach CHF self-management.",
        "Nursing to administer IV ceftriaxone daily via PICC.",
        "HH PT/OT eval and treat for gait, transfers.",
        "HHPT for strengthening and balance.",
        "Refer to home health PT 2x/wk x 4 wks for gait.",
    ],
)
def test_what_the_nurse_or_therapist_is_to_do_is_the_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "RN to call pt tomorrow with results.",
        "RN to draw labs weekly.",
        "Nurse to schedule SOC visit.",
        "Nurse to perform venipuncture.",
        "HH PT eval and treat.",
        "Dr. ok'd home health PT/SN referral.",
        "No need for RN to assess at this time.",
        "SN teaching completed; pt independent.",
        "Will order HH PT for gait.",
    ],
)
def test_a_nurse_s_errand_a_bare_discipline_or_care_done_is_no_skilled_need(text: str) -> None:
    assert not _skilled(text), text


def test_the_nurse_s_task_meets_the_skilled_need_item() -> None:
    text = "HH referral. SN to assess lung sounds, weights and teach HF diet."
    note = _note("n1", "2026-02-20", text)
    assert status(record("G0299", note, reason="I50.23"), "HHC-002")["status"] == "met"
