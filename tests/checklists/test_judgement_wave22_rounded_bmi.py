"""A letter's whole-number BMI that the measured one rounds to is that measurement (blind wave
22, BZ/bar-02). The bariatric consult measured 'Wt 95.0 kg, Ht 165 cm, BMI 34.9' (and charted
it as an Observation); the letter of medical necessity six days later wrote 'morbid obesity with
a BMI of 35', and BAR-001 (BMI 35 or more with a comorbidity, NIH consensus) took the 35. The 35
is the 34.9 rounded, not a new weighing: the threshold is judged on what was measured. A whole
number with no exact reading behind it, one written with decimals, one whose exact reading lies
on the same side of the threshold, or a measurement long before the letter, stand as written."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
_DM2 = {
    "resourceType": "Condition",
    "id": "dm2",
    "clinicalStatus": {"coding": [{"code": "active"}]},
    "verificationStatus": {"coding": [{"code": "confirmed"}]},
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "E11.65"}], "text": "Type 2 DM w hyperglycemia"},
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


def _letter(said: str) -> dict:
    text = f"LETTER OF MEDICAL NECESSITY\nMr. A has morbid obesity with {said} and type 2 diabetes."
    return _note("lmn", "2026-02-20", text)


def _bar001(*resources: dict) -> str:
    return status(record("43644", *resources, _DM2, reason="E66.01"), "BAR-001")["status"]


def test_a_letter_rounding_the_consult_s_bmi_does_not_reach_35():
    consult = _note("c1", "2026-02-14", "Vitals: Wt 95.0 kg, Ht 165 cm, BMI 34.9, BP 136/84.")
    assert _bar001(consult, _letter("a BMI of 35")) != "met"
    assert _bar001(_bmi(34.9, "2026-02-14"), _letter("a BMI of 35")) != "met"
    assert _bar001(_bmi(34.6, "2026-02-20"), _letter("BMI 35")) != "met"


@pytest.mark.parametrize(
    "resources",
    [
        (_letter("a BMI of 35"),),  # nothing measured behind it: read as written
        (_bmi(34.9, "2026-02-14"), _letter("a BMI of 35.0")),  # written with its decimals
        (_bmi(35.2, "2026-02-14"), _letter("a BMI of 35")),  # the exact one qualifies too
        (_bmi(34.9, "2025-12-01"), _letter("a BMI of 35")),  # measured long before the letter
        (_bmi(34.9, "2026-02-14"), _letter("a BMI of 36")),  # not a rounding of the 34.9
    ],
)
def test_a_whole_number_bmi_stands_otherwise(resources):
    assert _bar001(*resources) == "met"
