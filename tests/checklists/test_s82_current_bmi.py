"""BAR-001 (a BMI of 40, or 35 with a comorbidity, measured in the last 12 months) is judged by
the patient's current BMI: the newest one measured (brief s82-bmi, blind wave 97,
NJ/surgery-bariatric-02: "Wt 97.0 kg, Ht 166.7 cm. (BMI 36 last year.)" in a consult with a
diabetic's T2DM met BAR-001 with last year's 36, where the visit's weighing is 34.9).

Three wordings of one class: a BMI the note itself dates to the past ("last year", "last
summer", "2 years ago") is that time's, not the note's, so the weight and height the note took
are its day's BMI; a newer measurement on file (Observation, a later note's weighing) undoes an
older BMI above the bar; a problem-list BMI class code (Z68.36) is no measurement. Near misses
keep the BMI: "BMI 41 (down from 44)", a past BMI beside today's own, an older lower BMI beside
a newer qualifying one, and a weighing in lb and ft/in.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

ICD10 = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
_AS_OF = date(2026, 9, 23)


def _condition(ident: str, code: str, text: str, recorded: str | None = None) -> dict:
    return {
        "resourceType": "Condition",
        "id": ident,
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "verificationStatus": {"coding": [{"code": "confirmed"}]},
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": code}], "text": text},
        **({"recordedDate": recorded} if recorded else {}),
    }


_T2DM = _condition("dm", "E11.65", "Type 2 diabetes mellitus with hyperglycemia")
_Z6836 = _condition("z", "Z68.36", "Body mass index [BMI] 36.0-36.9, adult", "2025-07-10")


def _vital(ident: str, code: str, day: str, value: float, unit: str) -> dict:
    return {
        "resourceType": "Observation",
        "id": ident,
        "status": "final",
        "category": [{"coding": [{"code": "vital-signs"}]}],
        "code": {"coding": [{"system": LOINC, "code": code}]},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": day,
        "valueQuantity": {"value": value, "unit": unit},
    }


def _bar001(*resources: dict) -> str:
    bundle = record("43644", *resources, reason="E66.01")
    return status(bundle, "BAR-001", as_of=_AS_OF)["status"]


def _consult(said: str, day: str = "2026-09-02") -> dict:
    return _note("c1", day, f"BARIATRIC CONSULT: 49M T2DM on insulin, HTN. {said} Plan lap RYGB.")


@pytest.mark.parametrize(
    "said",
    [
        "Wt 97.0 kg, Ht 166.7 cm. (BMI 36 last year.) 6-mo supervised program done.",
        "Wt 97.0 kg, Ht 166.7 cm. BMI was 36 last year.",
        "Wt 97.0 kg, Ht 166.7 cm (BMI 36.1 last summer).",
        "Wt 97.0 kg, Ht 166.7 cm. BMI 37 two years ago.",
        "Wt 214 lb, Ht 5'6\". (BMI 36 last year.)",
        "Wt 97.0 kg, Ht 166.7 cm. BMI was 36 at intake.",
        "Wt 97.0 kg, Ht 166.7 cm. BMI 36 at program start.",
        "Wt 97.0 kg, Ht 166.7 cm. BMI 36.2 before the program.",
        "Wt 97.0 kg, Ht 166.7 cm. BMI 37 pre-program; 6-mo supervised program done.",
        "Wt 97.0 kg, Ht 166.7 cm. BMI previously 36.",
        "Wt 97.0 kg, Ht 166.7 cm. Prior BMI 36.4.",
        "Wt 97.0 kg, Ht 166.7 cm, BMI down from 41.",
        "Wt 97.0 kg, Ht 166.7 cm. BMI 36.1 (07/2025).",
    ],
)
def test_a_bmi_the_note_dates_to_the_past_is_not_today_s(said: str) -> None:
    assert _bar001(_consult(said), _T2DM) != "met", said


@pytest.mark.parametrize(
    "said",
    [
        "Wt 97.0 kg, Ht 166.7 cm. PMH: T2DM; Z68.36 Body mass index [BMI] 36.0-36.9, adult.",
        "Wt 97.0 kg, Ht 166.7 cm. Problem list: Class 2 obesity, BMI 36.0-36.9 (Z68.36).",
        "Wt 97.0 kg, Ht 166.7 cm. Dx: E66.01, Z68.36 (BMI 36.0-36.9, adult).",
    ],
)
def test_a_bmi_class_code_is_no_measurement(said: str) -> None:
    """The class a Z68 code names lags the chart: the note's weighing (34.9) is the BMI."""
    assert _bar001(_consult(said), _T2DM) != "met", said


def test_the_blind_case_observations_and_a_lagging_class_code() -> None:
    """NJ/surgery-bariatric-02: BMI 36.1 charted 7/2025 and Z68.36 on the problem list; the
    consult's weighing of 9/2026, charted too, is 34.9."""
    obs = [
        _vital("bmi", "39156-5", "2025-07-10", 36.1, "kg/m2"),
        _vital("wt", "29463-7", "2026-09-02", 97.0, "kg"),
        _vital("ht", "8302-2", "2026-09-02", 166.7, "cm"),
    ]
    said = "Wt 97.0 kg, Ht 166.7 cm. (BMI 36 last year.) 6-mo supervised program done."
    assert _bar001(_consult(said), _T2DM, _Z6836, *obs) != "met"


def test_a_newer_weighing_undoes_an_older_bmi_over_the_bar() -> None:
    """A BMI of 36.2 charted in November and the consult's own 34.9 in September: the newest
    measurement is the patient's BMI."""
    obs = [
        _vital("bmi", "39156-5", "2025-11-20", 36.2, "kg/m2"),
        _vital("wt", "29463-7", "2026-09-02", 97.0, "kg"),
        _vital("ht", "8302-2", "2026-09-02", 166.7, "cm"),
    ]
    assert _bar001(_consult("Weight loss program completed."), _T2DM, *obs) != "met"
    # ... and a later note's own BMI, with its decimals, as surely.
    older = _note("c0", "2026-01-15", "Obesity visit. BMI 36.4. T2DM. Start supervised program.")
    assert _bar001(older, _consult("BMI 34.9 today."), _T2DM) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "BMI 41 (down from 44). Wt 115 kg.",
        "BMI 36.1, down from 38 in March.",
        "Wt 260 lb, Ht 5'8\" (BMI 39.5). BMI 42 last year.",
        "Ht 5'6\" Wt 232 lb (BMI 37.4 today; 39 last year).",
        "Wt 232 lb, Ht 5'6\".",
        "Wt 105.0 kg, Ht 166.7 cm. (BMI 36 last year.)",
        "BMI 41 at intake, now 38.2.",
        "BMI 36.2 today (41 at intake).",
        "BMI 38.2 at initial consult today.",
        "BMI 36.4. Z68.36 BMI 36.0-36.9, adult.",
    ],
)
def test_today_s_bmi_still_meets_it(said: str) -> None:
    assert _bar001(_consult(said), _T2DM) == "met", said


def test_an_older_lower_bmi_does_not_undo_a_newer_qualifying_one() -> None:
    obs = [_vital("bmi", "39156-5", "2026-02-01", 34.2, "kg/m2")]
    assert _bar001(_consult("Wt 232 lb, Ht 5'6\" (BMI 37.4)."), _T2DM, *obs) == "met"


def test_same_day_readings_count_together() -> None:
    """The consult's BMI 35.2 and the clinic's charted 35.1 of one day: both qualify; a weighing
    the same day that works out under the bar does not undo the clinic's figure."""
    obs = [_vital("bmi", "39156-5", "2026-09-02", 35.1, "kg/m2")]
    assert _bar001(_consult("BMI 35.2."), _T2DM, *obs) == "met"


def test_bar002_asks_for_the_comorbidity_when_today_s_bmi_is_under_40() -> None:
    """A BMI of 42 charted last winter and the consult's 38.2 today: a BMI of 38, so BAR-002
    applies (the consult's T2DM meets it); today's own 41.3 still waives it."""
    obs = [_vital("bmi", "39156-5", "2026-01-10", 42.0, "kg/m2")]
    lost = record("43644", _consult("BMI 38.2."), *obs, reason="E66.01")
    assert status(lost, "BAR-002", as_of=_AS_OF)["status"] == "met"
    kept = record("43644", _consult("BMI 41.3."), *obs, reason="E66.01")
    assert status(kept, "BAR-002", as_of=_AS_OF)["status"] == "not_applicable"
    bare = _note("c1", "2026-09-02", "Bariatric consult. BMI 38.2. Plan lap RYGB.")
    alone = record("43644", bare, *obs, reason="E66.01")
    assert status(alone, "BAR-002", as_of=_AS_OF)["status"] == "missing"
    assert status(alone, "BAR-001", as_of=_AS_OF)["status"] != "met"
