"""A note's BMI identical to an older charted one is that reading copied forward (blind wave 23,
CD/bar-02). The bariatric consult of 9/29/2026 wrote "HPI: 46M with class 2 obesity (BMI
36.2)" and weighed him that day at 243 lb, 5'10" (BMI 34.9); the 36.2 is the BMI Observation
charted 8/15/2025, 14 months before the review. An exact reading (with its decimals) the
note gives no date to, equal to a BMI charted on an earlier day, is that reading restated and
takes its date, as a whole number rounding one is (rounded_values.py). A reading said to be
today's, one the note dates, one that differs from every charted value, or one charted again on
the note's own day stands as written."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
_HTN = {
    "resourceType": "Condition",
    "id": "htn",
    "clinicalStatus": {"coding": [{"code": "active"}]},
    "verificationStatus": {"coding": [{"code": "confirmed"}]},
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "I10"}], "text": "Essential hypertension"},
}


def _bmi(value: float, when: str) -> dict:
    return {
        "resourceType": "Observation",
        "id": f"bmi-{when}",
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": "39156-5"}], "text": "BMI"},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": when,
        "valueQuantity": {"value": value, "unit": "kg/m2"},
    }


def _bar001(said: str, *observations: dict) -> str:
    note = _note("c1", "2026-02-20", f"BARIATRIC NEW PATIENT\n{said}\nA/P: RYGB.")
    return status(record("43644", *observations, note, _HTN, reason="E66.01"), "BAR-001")["status"]


@pytest.mark.parametrize(
    "said",
    [
        "HPI: 46M with class 2 obesity (BMI 36.2), HTN, HLD.",
        "Obesity, BMI 36.2, HTN.",
    ],
)
def test_an_old_charted_bmi_copied_forward_is_old(said: str) -> None:
    assert _bar001(said, _bmi(36.2, "2025-02-10")) != "met", said


@pytest.mark.parametrize(
    ("said", "observations"),
    [
        ("Vitals today: BMI 36.2.", (_bmi(36.2, "2025-02-10"),)),
        ("BMI 36.2 on 2/20/2026.", (_bmi(36.2, "2025-02-10"),)),
        ("HPI: obesity (BMI 36.4), HTN.", (_bmi(36.2, "2025-02-10"),)),
        ("HPI: obesity (BMI 36.2), HTN.", ()),
        ("HPI: obesity (BMI 36.2), HTN.", (_bmi(36.2, "2025-02-10"), _bmi(36.2, "2026-02-20"))),
    ],
)
def test_a_new_or_different_reading_stands(said: str, observations: tuple) -> None:
    assert _bar001(said, *observations) == "met", said
