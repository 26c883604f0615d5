"""Symptom words inside exam concepts, told as the patient's, are no exam findings (session s69).
"Spasms" stands among tenderness's signs (the examiner's paraspinal spasm), "swollen joints" among
synovitis's (a swollen joint count), "foot drop" among strength's: "HPI: ... reports back spasms"
met the lumbar MRI's, the spinal injection's and the hip arthroplasty's exam items, and "c/o
swollen joints in the mornings" the imaging exam item (AIM-001), "HPI: L foot drop x 2 wks" the
lumbar MRI's, with no exam written. Told under a history heading, as a complaint, its frequency or
what brings it on, they are the history; under an exam heading, palpated or counted they are still
the examiner's."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_ITEMS = {
    "LMRI-004": ("72148", "M54.16"),
    "IPN-004": ("62323", "M54.16"),
    "AIM-001": ("73721", "M25.561"),
    "THA-004": ("27130", "M16.11"),
}


def _status(item: str, text: str) -> str:
    code, reason = _ITEMS[item]
    return status(record(code, _note("n1", "2026-02-20", text), reason=reason), item)["status"]


@pytest.mark.parametrize(
    ("item", "text"),
    [
        ("LMRI-004", "HPI: LBP x 8 wks, reports back spasms, radiating to L leg."),
        ("LMRI-004", "Pt reports back spasms worse in the morning."),
        ("IPN-004", "HPI: reports back spasms, L leg pain."),
        ("IPN-004", "Low back spasms 3x/wk since lifting injury, no better with PT."),
        ("THA-004", "HPI: hip pain, reports spasms in the groin."),
        ("AIM-001", "Pt reports back spasms."),
        ("AIM-001", "HPI: c/o swollen joints in the mornings, knee pain."),
        ("AIM-001", "S: swollen joints in hands and knees, stiffness 1 hr."),
        ("AIM-001", "Patient states her joints are swollen; notes swollen joints at night."),
        ("LMRI-004", "HPI: L foot drop x 2 wks, tripping over curbs."),
    ],
)
def test_symptom_words_told_are_no_exam_findings(item: str, text: str) -> None:
    assert _status(item, text) == "missing"


@pytest.mark.parametrize(
    ("item", "text"),
    [
        ("IPN-004", "Exam: lumbar paraspinal spasm L>R."),
        ("IPN-004", "L-spine: paraspinal spasm, TTP L4-5."),
        ("AIM-001", "Exam: 4 swollen joints, MCPs."),
        ("AIM-001", "HPI: c/o swollen joints.\nExam: R knee effusion, swollen joints MCPs 2-3."),
        ("THA-004", "HPI: hip pain, spasms.\nExam: R hip FABER +, ROM IR 10 deg."),
        ("LMRI-004", "Exam: L foot drop, EHL 3/5, SLR + L at 40 deg."),
    ],
)
def test_symptom_words_the_examiner_found_still_count(item: str, text: str) -> None:
    assert _status(item, text) == "met"
