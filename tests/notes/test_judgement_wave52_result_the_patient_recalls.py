"""A test result or a measurement the patient remembers is no result in hand (blind wave 52).

A resting ECG the patient says was normal at another clinic, with no tracing on file, met the
cardiac imaging checklist's ECG item; a BMI the patient remembers from last year met the
bariatric BMI item, though the only weighing of the year gives less. Wave 20's rule (a result
told by the patient is hearsay) read diagnostic results only: it now reads the ECG and cardiac
tests and the measured values (BMI, sleep indices, saturations) too, and takes the patient's own
quoted words in the first person as their account. A pain score is the patient's by nature and
stays evidence, as does the clinician's own ECG read or weighing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text, dt.date(2026, 3, 10))])
    return {f"{f.category}|{f.concept}" for f in found if f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        'Resting EKG not done today. Patient says "my EKG was normal at the walk-in clinic".',
        "Pt states the ECG at his cardiologist in May was fine - no tracing available.",
        "ECG at outside ER 1/2026 normal per pt; tracing not on file.",
        "Per wife, the EKG at urgent care was normal.",
    ],
)
def test_an_ecg_the_patient_recalls_is_no_ecg(text):
    assert "clinical-notes|ecg" not in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Resting ECG today: NSR 72, no ST changes.",
        "12-lead ECG 3/2/26 reviewed: LBBB. Pt says chest pain comes with stairs.",
        "Told pt his ECG shows LVH.",
    ],
)
def test_the_clinics_own_ecg_still_counts(text):
    assert "clinical-notes|ecg" in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        'Wants surgery, per pt - "my BMI was 41 at my old doctor".',
        'She tells me "I had a BMI of 42 two years ago".',
        "BMI 43 per patient, no scale available at this telehealth visit.",
    ],
)
def test_a_bmi_the_patient_recalls_is_no_measurement(text):
    assert "measure|bmi" not in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wt 131 kg, Ht 175 cm, BMI 42.8 today.",
        "Vitals: BMI 41.2. Pt reports 20 lb gain over the winter.",
        'Pain 8/10, "my knee is killing me".',
    ],
)
def test_measured_values_and_pain_scores_still_count(text):
    found = _asserted(text)
    assert found & {"measure|bmi", "measure|pain-score"}
