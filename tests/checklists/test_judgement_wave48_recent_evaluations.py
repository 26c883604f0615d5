"""Blind waves 48-49: which visits count as the recent evaluation behind a request. A lung exam
written normal ("Lungs CTA bilaterally") is still the exam of the visit that ordered a chest CT
(GC/imaging-other-02)."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _aim001(text: str) -> str:
    bundle = record("71250", _note("v1", "2026-02-23", text), reason="R91.1")
    return status(bundle, "AIM-001")["status"]


def test_a_normal_lung_exam_is_the_exam_of_a_nodule_follow_up_visit():
    text = ("Clinic f/u: 70M ex-smoker, 6 mm LLL nodule on CT last fall, due for 12-month CT. "
            "Lungs CTA bilaterally, heart RRR. Plan: low-dose CT chest.")  # fmt: skip
    assert _aim001(text) == "met"


def test_a_visit_with_no_exam_written_still_has_none():
    text = "Clinic f/u: 70M ex-smoker, 6 mm LLL nodule on CT last fall. Plan: low-dose CT chest."
    assert _aim001(text) != "met"
