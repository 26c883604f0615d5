"""BAR-001 (a BMI of 40, or 35 with a comorbidity, in the last 12 months) is not met by a BMI the
note's sentence dates to an earlier time, and today's weight and height beside it are today's
BMI (brief s73-d, blind wave 84, LK/bar-02: "Vitals: 5'6\\", 216 lb (down from 225 in March
'25 when BMI was 36.1)." met BAR-001 with the 36.1 of March 2025, where the visit's 216 lb at
66 in is 34.9). Near misses keep today's BMI: "BMI 41.2 today (was 43 in 2024)", "BMI 36.1,
down from 38 in March", "Wt 260 lb, Ht 5'8\\" (BMI 39.5)"."""

from __future__ import annotations

from datetime import date

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
_AS_OF = date(2026, 6, 16)


def _bar001(said: str) -> str:
    note = _note("c1", "2026-06-01", f"Bariatric surgery consult\n{said}\nA/P: lap RYGB.")
    bundle = record("43644", note, _HTN, reason="E66.01")
    return status(bundle, "BAR-001", as_of=_AS_OF)["status"]


@pytest.mark.parametrize(
    "said",
    [
        "Vitals: 5'6\", 216 lb (down from 225 in March '25 when BMI was 36.1).",
        "Vitals: 5'6\", 216 lb (down from 225 in March 2025 when BMI was 36.1).",
        "Wt 216 lb, Ht 5'6\". BMI was 36.1 in March '25.",
        "Wt 216 lb, Ht 5'6\" (previously BMI 38 in 2024).",
        "Wt 216 lb, Ht 5'6\", down from BMI 38 at intake 2/2024.",
        "Pre-op BMI 42 (2023). Wt 216 lb, Ht 5'6\".",
        "Peak BMI 44. Wt 216 lb, Ht 5'6\".",
        "Max BMI 45; today 216 lb at 5'6\".",
        "Starting BMI 40.2. Current wt 216 lb, ht 5'6\".",
        "216 lb today; was 240 lb with BMI 38.7 in Dec 2024. Ht 5'6\".",
    ],
)
def test_a_bmi_of_an_earlier_time_does_not_meet_it(said: str) -> None:
    assert _bar001(said) != "met", said


@pytest.mark.parametrize(
    "said",
    [
        "BMI 41.2 today (was 43 in 2024)",
        "BMI 36.1, down from 38 in March",
        "Wt 260 lb, Ht 5'8\" (BMI 39.5)",
        "BMI 37.2, was 39 in 2024.",
        "BMI 38 (peak 44 in 2020).",
        "Pre-op BMI 42.3.",
        "Vitals: Wt 260 lb, Ht 5'8\" (peak BMI 44 in 2023).",
        "Vitals: Wt 260 lb, Ht 5'8\" (down from 280 lb in March '25 when BMI was 42.6).",
        "Vitals: 5'8\", 260 lb (down from 280 in Jan '25 when BMI was 42.6).",
        "Wt 260 lb (was 280 lb in 2024), Ht 5'8\".",
        "Ht 5'8\" Wt 260 lb. Max weight 300 lb in 2020.",
        "Ht 5'8\" Wt 260 lb (peak 300 lb in 2020).",
        "Wt 260 lb (BMI 39.5), down from 280 lb in 3/2025.",
    ],
)
def test_today_s_bmi_beside_an_earlier_one_meets_it(said: str) -> None:
    assert _bar001(said) == "met", said
