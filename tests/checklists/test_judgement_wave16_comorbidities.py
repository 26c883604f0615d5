"""Which conditions qualify a BMI of 35 to 39.9 for bariatric surgery (blind wave 16, BC/bar-02).
The checklist's sources name the obesity-related comorbidities: type 2 diabetes, hypertension,
sleep apnea, obesity hypoventilation, degenerative joint disease, cardiovascular disease (NIH
consensus, NCD 100.1). Prediabetes is not among them; Centene's bariatric policy, the nearest
Medicaid managed-care policy in the stored pages, dropped "high risk for type 2 DM" from its list.
So a prediabetes code on the problem list is no comorbidity, while type 2 diabetes, hypertension,
sleep apnea and the like still are."""

from __future__ import annotations

from .test_judgement import _note, record, status

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
_BMI_37 = {
    "resourceType": "Observation",
    "id": "bmi",
    "status": "final",
    "code": {"coding": [{"system": "http://loinc.org", "code": "39156-5"}], "text": "BMI"},
    "subject": {"reference": "Patient/p"},
    "effectiveDateTime": "2026-02-17",
    "valueQuantity": {"value": 37.4, "unit": "kg/m2"},
}


def _condition(code: str, text: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": "c-" + code.replace(".", ""),
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "verificationStatus": {"coding": [{"code": "confirmed"}]},
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": code}], "text": text},
    }


def _bariatric(code: str, text: str) -> dict:
    note = _note("n1", "2026-02-17", "A/P: obesity, BMI 37.4. Plan lap RYGB.")
    return record("43644", note, _BMI_37, _condition(code, text), reason="E66.01")


def test_prediabetes_is_not_an_obesity_related_comorbidity():
    bundle = _bariatric("R73.03", "Prediabetes")
    assert status(bundle, "BAR-002")["status"] != "met"
    assert status(bundle, "BAR-001")["status"] != "met"


def test_the_named_comorbidities_still_qualify_a_bmi_of_37():
    for code, text in (
        ("E11.9", "Type 2 diabetes mellitus without complications"),
        ("I10", "Essential hypertension"),
        ("G47.33", "Obstructive sleep apnea"),
        ("E66.2", "Obesity hypoventilation syndrome"),
        ("M17.0", "Bilateral primary osteoarthritis of knee"),
    ):
        bundle = _bariatric(code, text)
        assert status(bundle, "BAR-002")["status"] == "met", code
        assert status(bundle, "BAR-001")["status"] == "met", code
