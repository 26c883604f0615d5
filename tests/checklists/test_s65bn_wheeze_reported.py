"""A wheeze the patient reports is history, not a lung exam (AIM-001; noticed in the code, session
s65b-noticed).

The exam-only evaluation item of advanced imaging reads the lung exam, whose signs include
"wheeze"/"wheezing"; "Pt reports wheezing at night" and "c/o wheeze w/ exertion" met it with no
examination in the note. A reported symptom is what the patient tells; the examiner's wheeze is
heard on auscultation ("Lungs: scattered expiratory wheezes", "Lungs: intermittent wheezes R
base": where and how it is heard), and that still counts.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _aim(text: str) -> str:
    bundle = record("71250", _note("n1", "2026-02-20", text), reason="R06.2")
    return status(bundle, "AIM-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Pt reports wheezing at night.",
        "c/o wheeze w/ exertion.",
        "Chronic cough x 3 mo. Pt states she wheezes when climbing stairs.",
        "HPI: intermittent wheezing since October.",
        "c/o wheezing and chest tightness at night",
    ],
)
def test_a_wheeze_the_patient_reports_is_no_lung_exam(text: str) -> None:
    assert _aim(text) != "met", text


@pytest.mark.parametrize(
    "text",
    [
        "Lungs: scattered expiratory wheezes.",
        "Exam: Lungs: diffuse wheezing bilaterally, no crackles.",
        "Pt reports wheezing at night. Lungs: faint end-expiratory wheeze R base.",
        "HPI: c/o wheezing. Exam: lungs CTAB.",
        "Lungs: intermittent wheezes R base.",
        "Chest: occasional wheeze on forced expiration.",
    ],
)
def test_a_wheeze_heard_on_exam_is_a_lung_exam(text: str) -> None:
    assert _aim(text) == "met", text
