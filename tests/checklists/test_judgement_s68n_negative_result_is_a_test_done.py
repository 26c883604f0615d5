"""A test's negative result is the test done, not the test denied (brief s68-n). "QuantiFERON
was negative 7/6/26" and "PPD negative on 7/6/26" left INF-003 (TB screening before infliximab)
missing, and "Hepatitis B surface antigen was negative" INF-005: medspaCy's backward "was/is/are
negative", "has been negative" and "negative on" denied the test they follow, while "QuantiFERON
negative 7/6/26" counted. The same holds for any test read by its existence (an ECG, a sleep
study, a film, a lab). A symptom or an exam finding "was negative" or "negative on" a side is
still denied ("SLR negative on the left", "fever was negative"), and a test not done, pending,
ordered, declined, a relative's or one outside the window still does not count."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave33_ecg_at_time_of_test import _ecg_status


def _infliximab(said: str, item: str) -> str:
    visit = f"GI VISIT\nDiagnostic Results\n{said}\nA/P: Crohn's, start infliximab."
    bundle = record(
        "J1745",
        _note("n1", "2026-07-09", visit),
        reason="K50.90",
        order={"authoredOn": "2026-07-09", "occurrenceDateTime": "2026-07-20"},
    )
    report = score_bundle(bundle, as_of=date(2026, 7, 9))
    return {i["id"]: i for i in report["items"]}[item]["status"]


def _findings(text: str, concept: str) -> list:
    found = find_findings([NoteInput("n", text, date(2026, 7, 9), "note")], [])
    return [f for f in found if f.concept == concept]


@pytest.mark.parametrize(
    "said",
    [
        "QuantiFERON was negative 7/6/26.",
        "PPD negative on 7/6/26.",
        "QuantiFERON-TB Gold is negative (drawn 7/6/26).",
        "IGRA was neg 7/6/26.",
        "T-SPOT.TB is negative.",
        "Tuberculin skin test negative on 7/8/26, 0 mm.",
        "QFT has been negative (7/6/26).",
        "TB screening was negative 7/6/26.",
        "Latent TB screen: QuantiFERON was negative on 7/6/26.",
    ],
)
def test_a_tb_test_read_negative_is_screening_done(said: str) -> None:
    assert _infliximab(said, "INF-003") == "met", said


@pytest.mark.parametrize(
    "said",
    [
        "TB test not done.",
        "QuantiFERON pending.",
        "QuantiFERON ordered today; start infliximab once it is negative.",
        "Pt declined PPD.",
        "No TB screening on file.",
        "Mother's QuantiFERON was negative 7/6/26.",
        "QuantiFERON was negative 6/2/2025.",
        "PPD placed 7/6, not read.",
        "QuantiFERON to be drawn; if negative, start infliximab.",
    ],
)
def test_a_tb_test_not_had_still_does_not_count(said: str) -> None:
    assert _infliximab(said, "INF-003") != "met", said


@pytest.mark.parametrize(
    "said",
    [
        "Hepatitis B surface antigen was negative 7/1/26.",
        "HBsAg is negative; anti-HBc is negative.",
        "Hep B panel was negative 7/1/26.",
    ],
)
def test_a_hepatitis_b_test_read_negative_is_screening_done(said: str) -> None:
    assert _infliximab(said, "INF-005") == "met", said


@pytest.mark.parametrize(
    "said", ["Hepatitis panel pending.", "HBsAg ordered.", "Hepatitis B screening not done."]
)
def test_a_hepatitis_b_test_not_had_does_not_count(said: str) -> None:
    assert _infliximab(said, "INF-005") != "met", said


@pytest.mark.parametrize("said", ["ECG was negative 2/20.", "EKG negative on 2/20/26."])
def test_an_ecg_read_negative_is_an_ecg(said: str) -> None:
    assert _ecg_status(said) == "met", said


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Sleep study was negative for OSA.", "sleep-study"),
        ("PSG is negative.", "sleep-study"),
        ("MRI was negative.", "mri"),
        ("X-ray is negative.", "x-ray"),
        ("ESR was negative.", "labs"),
        ("Echocardiogram is negative for wall motion abnormality.", "cardiac-test"),
        ("Overnight oximetry was negative.", "oximetry"),
    ],
)
def test_a_test_read_negative_is_done_with_a_normal_result(text: str, concept: str) -> None:
    found = _findings(text, concept)
    assert found and all(f.asserted for f in found), text
    # ... and normal: an item that needs the result positive still does not take it.
    assert any(f.normal for f in found), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("SLR was negative.", "straight-leg-raise"),
        ("SLR negative on the left.", "straight-leg-raise"),
        ("Fever was negative.", "fever"),
        ("Walk test: desaturation was negative.", "qualifying-desaturation"),
        ("Husband's PPD was negative.", "tb-screening"),
    ],
)
def test_a_finding_or_a_relatives_test_read_negative_is_still_not_the_patients(
    text: str, concept: str
) -> None:
    assert not any(f.asserted for f in _findings(text, concept)), text
