"""Unsteadiness the examiner marks subjective beside an exam found normal ("A/P 1. unsteadiness -
subjective, exam nl.", blind wave 103, OB/walker-03: normal gait, TUG 9.8 s, no falls) is felt,
not a mobility limitation the record shows (NCD 280.3). A complaint not called subjective, one
the exam found, another organ's exam, a SOAP "Subjective:" header and falls stay limitations
(smartapp/evidence/subjective_complaints.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.evidence.subjective_complaints import called_subjective
from smartapp.notes import NoteInput, find_findings


def _limits(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 10, 28))])
    return any(f.category == "functional-deficits" and f.asserted and not f.normal for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "A/P 1. unsteadiness - subjective, exam nl.",
        "Mild subjective unsteadiness, neuro exam normal.",
        "Imbalance is purely subjective; gait normal.",
        "Unsteady on her feet (subjective), not reproduced on exam.",
        "Assessment: gait instability - subjective only, PE unremarkable.",
    ],
)
def test_a_subjective_complaint_beside_a_normal_exam_is_no_limitation(text: str) -> None:
    assert not _limits(text)


@pytest.mark.parametrize(
    "text",
    [
        # not called subjective: a terse limitation stays one
        "A/P 1. unsteadiness, exam nl.",
        "Unsteady gait - exam: wide-based, Romberg +.",
        # the exam found it, or was normal but for what bears on it
        "Subjective unsteadiness, exam: ataxic gait.",
        "Unsteadiness - subjective, exam nl except Romberg positive.",
        # denied to be subjective, or a header's word
        "Unsteadiness - not subjective, exam shows ataxia.",
        "Subjective: unsteadiness when walking to the bathroom. Exam: nl.",
        # another organ's exam
        "Unsteadiness - subjective, cardiac exam nl.",
        # subjective with no normal exam written
        "Imp: unsteadiness when turning, subjective.",
        # falls are events, read on their own
        "Unsteadiness - subjective, exam nl; falls x2 at home this year.",
    ],
)
def test_other_complaints_stay_limitations(text: str) -> None:
    assert _limits(text)


def test_the_normal_exam_is_read_over_the_line() -> None:
    line = "Unsteadiness - subjective; gait normal, TUG 9.8 s."
    assert called_subjective("Unsteadiness - subjective", 0, 12, line)
    assert not called_subjective("Unsteadiness - subjective", 0, 12)


def test_only_a_balance_complaint_is_weighed() -> None:
    text = "Difficulty walking - subjective, exam nl."
    assert not called_subjective(text, 0, 18)
