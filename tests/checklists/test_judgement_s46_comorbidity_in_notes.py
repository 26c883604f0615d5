"""An obesity-related comorbidity documented in a note qualifies a BMI of 35 to 39.9 (BAR-001,
BAR-002; the s46 session's probes).

NCD 100.1 and the NIH consensus ask for the comorbidity, not its code: a surgeon's consult that
records "DM type 2 on glipizide, HbA1c 7.9" or "severe obstructive sleep apnea, CPAP nightly" has
documented it, though no Condition resource was sent. A comorbidity denied, a relative's, one
only suspected or screened for, one a test refuted, one resolved, or a condition that is none
(prediabetes) is not.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_BMI = {
    "resourceType": "Observation",
    "id": "bmi",
    "status": "final",
    "code": {"coding": [{"system": "http://loinc.org", "code": "39156-5"}], "text": "BMI"},
    "subject": {"reference": "Patient/p"},
    "effectiveDateTime": "2026-02-10",
    "valueQuantity": {"value": 38.6, "unit": "kg/m2"},
}


def _statuses(history: str) -> tuple[str, str]:
    consult = _note(
        "consult", "2026-02-10",
        f"Bariatric surgery consultation. BMI 38.6. {history} Completed 6-month medically "
        "supervised weight program without lasting loss. Plan laparoscopic sleeve gastrectomy.",
    )  # fmt: skip
    bundle = record("43775", consult, _BMI, reason="E66.01")
    return status(bundle, "BAR-001")["status"], status(bundle, "BAR-002")["status"]


@pytest.mark.parametrize(
    "history",
    [
        "DM type 2 on glipizide, HbA1c 7.9.",
        "Severe obstructive sleep apnea, CPAP nightly.",
        "Hypertension treated with losartan and chlorthalidone.",
        "Bilateral knee osteoarthritis, walks with a cane.",
        "Diabetes on metformin, last A1c 8.4.",
    ],
)
def test_a_comorbidity_the_note_documents_qualifies(history):
    assert _statuses(history) == ("met", "met")


@pytest.mark.parametrize(
    "history",
    [
        "Denies diabetes, hypertension and sleep apnea.",
        "Father has type 2 diabetes and HTN.",
        "Loud snoring, rule out OSA; polysomnogram ordered.",
        "STOP-BANG 5, high risk for OSA.",
        "Pre-diabetes, A1c 6.0.",
        "HTN resolved after an earlier 30 lb loss, off all medication.",
        "Gestational diabetes in 2018, treated with insulin then.",
        "Home sleep test 1/2026 negative for OSA, AHI 2.4.",
        "Resolved: hypertension (2020).",
    ],
)
def test_no_comorbidity_of_the_patient_leaves_the_item_open(history):
    assert _statuses(history)[1] != "met"
