"""A denied symptom list ends where an exam line opens on the system examined (blind wave 74).

JV/imaging-other-02: "f/u RUL nodule 7mm ..., no hemoptysis/wt loss, lungs CTA, SpO2 97% RA" denied
the two symptoms and examined the lungs, but ConText's "no" ran to the end of the statement and
denied the lung exam too, so the visit that documents the indication (AIM-001) read as no exam.
A clause that opens on a body system ("lungs", "heart", "abd", "ext") is a finding of its own;
a finding listed under the denial itself ("No wheezes, crackles or rales") is still denied, and
"chest pain" or a "chest CTA" (an angiogram) open no exam.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _lung_exam(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 3, 30))])
    return [f for f in found if f.concept == "lung-exam"]


@pytest.mark.parametrize(
    "text",
    [
        "f/u RUL nodule 7mm, no hemoptysis/wt loss, lungs CTA, SpO2 97% RA.",
        "No cough, lungs clear bilaterally.",
        "Denies SOB, heart RRR, lungs with scattered wheezes.",
        "no edema, lungs CTAB",
        "Denies fever or chills, lung fields clear",
        "No hemoptysis, night sweats; Lungs: clear to auscultation bilaterally.",
        "no wt loss, breath sounds clear",
        "No fevers, abd soft, lungs with faint crackles at the bases.",
    ],
)
def test_an_exam_line_after_denied_symptoms_is_asserted(text: str) -> None:
    found = _lung_exam(text)
    assert found and all(f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "No wheezes, crackles or rales.",
        "Denies wheezing, cough.",
        "no chest pain, chest CTA ordered to r/o PE",
        "Lungs not examined (telephone visit), no wheezing per pt",
    ],
)
def test_a_finding_the_denial_heads_stays_denied(text: str) -> None:
    assert not any(f.asserted for f in _lung_exam(text))


@pytest.mark.parametrize(
    "text",
    [
        "No h/o HTN, heart disease or stroke.",
        "Denies CP, heart palpitations.",
        "No prior MI, heart failure, abd surgery.",
    ],
)
def test_a_denied_list_of_other_conditions_stays_denied(text: str) -> None:
    found = find_findings([NoteInput("D/1", text, date(2026, 3, 30))])
    assert not any(f.asserted and f.category == "exam-findings" for f in found)
