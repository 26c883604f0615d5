"""A "NEW PT" heading is a new patient, not a physical therapist's signature (blind wave 53,
GS/cardiac-03).

A cardiologist's consult opening "CARDIOLOGY NEW PT" was read as signed by a PT (a capitalised
word, then the credential at the line's end), so the only evaluation behind a coronary CTA
counted for nothing under CARD-001's ``signed_by: [practitioner]``. "New/est/established/
returning pt" says what kind of visit it is; a name before the credential still signs.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.signers import credentials

from .test_judgement import _note, record, status


@pytest.mark.parametrize(
    "text",
    [
        "CARDIOLOGY NEW PT\n61M exertional chest pressure.",
        "ORTHO EST PT\nf/u knee.",
        "Clinic visit - ESTABLISHED PT\nBP 128/80.",
        "RETURNING PT\nno change.",
    ],
)
def test_a_visit_kind_heading_signs_nothing(text: str) -> None:
    assert "PT" not in credentials(text)


def test_a_therapist_signing_still_signs() -> None:
    assert "PT" in credentials("Gait training 20 min.\nOwen Mbeki PT\n")


def test_a_new_patient_consult_is_a_practitioners_evaluation() -> None:
    note = _note(
        "n1", "2026-04-02",
        "CARDIOLOGY NEW PT\n58M exertional chest pressure x 3 wks, relieved by rest. HTN, "
        "smoker.\nPlan: coronary CTA.",
    )  # fmt: skip
    bundle = record("75574", note, reason="R07.9", order={"authoredOn": "2026-04-02"})
    assert status(bundle, "CARD-001", as_of=date(2026, 5, 20))["status"] == "met"
