"""A cardiac symptom the review of systems reads negative ("Dyspnea neg", "palpitations
negative") is a symptom denied, not a test's normal result: it is no indication for cardiac
imaging (CARD-001). A symptom the patient has still is one (blind wave 56, HC/card-03)."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import one_note_record, status


@pytest.mark.parametrize(
    "ros",
    [
        "ROS: Dyspnea neg. Palpitations neg. Feels well, hikes weekly.",
        "ROS: dyspnea negative, palpitations negative.",
    ],
)
def test_a_symptom_read_negative_is_no_indication(ros: str) -> None:
    text = f"Wellness visit 52F, asks for a heart scan after a friend's MI.\n{ros}\nA/P: CCTA."
    bundle = one_note_record("75574", "2026-03-02", text, reason="E78.5")
    assert status(bundle, "CARD-001", as_of=date(2026, 3, 9))["status"] != "met"


def test_a_symptom_the_patient_has_still_is() -> None:
    text = "52F, palpitations and dyspnea climbing one flight for 3 weeks.\nA/P: CCTA."
    bundle = one_note_record("75574", "2026-03-02", text, reason="E78.5")
    assert status(bundle, "CARD-001", as_of=date(2026, 3, 9))["status"] == "met"
