"""Which conditions qualify a BMI of 35 to 39.9 for bariatric surgery (blind wave 16, BC/bar-02).
The checklist's sources name the obesity-related comorbidities: type 2 diabetes, hypertension,
sleep apnea, obesity hypoventilation, degenerative joint disease, cardiovascular disease (NIH
consensus, NCD 100.1). Prediabetes is not among them; Centene's bariatric policy, the nearest
Medicaid managed-care policy in the stored pages, dropped "high risk for type 2 DM" from its list.
So a prediabetes code on the problem list is no comorbidity, while type 2 diabetes, hypertension,
sleep apnea and the like still are. A comorbidity must also be established: a problem-list entry
whose verification is provisional, differential or unconfirmed ("r/o OSA, PSG pending") is a
rule-out, which the ICD-10-CM outpatient guidelines (Section IV.H) do not code as a diagnosis; a
suspected narcolepsy still supports the attended sleep study that will settle it."""

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


def _condition(code: str, text: str, verification: str = "confirmed") -> dict:
    return {
        "resourceType": "Condition",
        "id": "c-" + code.replace(".", ""),
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "verificationStatus": {"coding": [{"code": verification}]},
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": code}], "text": text},
    }


def _bariatric(code: str, text: str, verification: str = "confirmed") -> dict:
    note = _note("n1", "2026-02-17", "A/P: obesity, BMI 37.4. Plan lap RYGB.")
    condition = _condition(code, text, verification)
    return record("43644", note, _BMI_37, condition, reason="E66.01")


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


def test_a_rule_out_on_the_problem_list_is_no_comorbidity():
    for verification in ("provisional", "differential", "unconfirmed"):
        bundle = _bariatric("G47.33", "R/O obstructive sleep apnea", verification)
        assert status(bundle, "BAR-002")["status"] != "met", verification
        assert status(bundle, "BAR-001")["status"] != "met", verification


def test_a_suspected_sleep_disorder_still_supports_the_study_that_will_settle_it():
    condition = _condition("G47.419", "Suspected narcolepsy", "provisional")
    bundle = record("95810", condition, reason="G47.419")
    assert status(bundle, "SLEEP-005")["status"] == "met"
