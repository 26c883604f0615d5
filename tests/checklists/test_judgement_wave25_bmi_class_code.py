"""A BMI of 40 or more needs no obesity-related comorbidity (blind wave 24, CG/bar-03): the NIH
consensus criteria the bariatric checklist cites ask for a BMI over 40, or over 35 with a
comorbidity. BAR-002 (the comorbidity) stood aside only for a measured BMI of 40; the problem
list's BMI class code (ICD-10-CM Z68.41-Z68.45, adult BMI 40.0 and over) beside E66.01, or a
weight and height of one day working out to 40 or more, say the same. A class of 35-39.9
(Z68.35-Z68.39) still needs the comorbidity, and so does a class code that a BMI under 40
measured in the last 12 months contradicts: the problem list left behind after weight was lost
(BL/bar-02, BN/bar-02: Z68.41 from 2024, 'Wt 262 lb, Ht 70 in, BMI 37.8 today')."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"


def _condition(code: str, verification: str = "confirmed") -> dict:
    return {
        "resourceType": "Condition",
        "id": f"c-{code}",
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "verificationStatus": {"coding": [{"code": verification}]},
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": code}]},
    }


def _bar002(*resources: dict) -> str:
    bundle = record("43644", _condition("E66.01"), *resources, reason="E66.01")
    return status(bundle, "BAR-002")["status"]


@pytest.mark.parametrize("code", ["Z68.41", "Z68.43", "Z68.45"])
def test_the_bmi_class_code_of_40_and_over_needs_no_comorbidity(code):
    assert _bar002(_condition(code)) == "not_applicable"


def test_a_class_code_beside_a_measured_bmi_of_40_stands():
    measured = _note("c1", "2026-02-14", "Vitals: Wt 262 lb, Ht 66 in, BMI 42.3.")
    assert _bar002(_condition("Z68.42"), measured) == "not_applicable"


def test_a_worked_out_bmi_of_40_needs_no_comorbidity():
    consult = _note("c1", "2026-02-14", "Bariatric consult\nWt 118 kg, Ht 169 cm.\nPlan: RYGB.")
    assert _bar002(consult) == "not_applicable"


@pytest.mark.parametrize(
    "resources",
    [
        (_condition("Z68.38"),),  # BMI 38.0-38.9: the comorbidity is still needed
        (_condition("Z68.41", "provisional"),),  # not established
        # contradicted by this year's measurement: the code is stale
        (_condition("Z68.41"), _note("c1", "2026-02-14", "Wt 262 lb, Ht 70 in, BMI 37.8 today.")),
        (_condition("Z68.41"), _note("c1", "2026-02-14", "Vitals: Wt 108 kg, Ht 169 cm.")),
        (),
    ],
)
def test_a_lower_or_uncertain_class_still_needs_the_comorbidity(resources):
    assert _bar002(*resources) == "missing"
