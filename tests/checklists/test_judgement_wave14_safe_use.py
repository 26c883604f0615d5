"""Safe use of a wheelchair as a face-to-face exam writes it, found by blind wave 14 (g2): the
quality written before the faculty ("good judgement") and vision measured as an acuity ("vision
corrected 20/30"). Each test names the class of record scored wrong."""

from __future__ import annotations

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _safe(text: str) -> bool:
    return any(
        f.concept == "safe-operation" and f.asserted
        for f in find_findings([NoteInput("D/1", f"Exam: {text}")])
    )


def test_the_quality_written_before_the_faculty():
    assert _safe("Alert, oriented, good judgement.")
    assert _safe("Intact cognition and safety awareness.")
    assert _safe("Adequate vision for mobility.")
    assert not _safe("Poor judgement, impulsive.")
    assert not _safe("Impaired cognition, needs cues.")
    assert not _safe("Not good judgement per daughter.")


def test_vision_measured_at_20_40_or_better():
    assert _safe("Vision corrected 20/30.")
    assert _safe("Visual acuity 20/25 OU.")
    assert _safe("VA 20/40 with glasses.")
    assert not _safe("Vision 20/200 OD, legally blind.")
    assert not _safe("Vision 20/70 OU.")
    assert not _safe("Vision poor, 20/30 only with magnifier.")


def test_a_face_to_face_exam_naming_judgement_and_vision_meets_safe_use():
    text = (
        "FACE TO FACE MOBILITY EXAM\nExam: BUE strength 5/5. Sitting balance good. "
        "Alert, oriented, good judgement, vision corrected 20/30.\n"
    )
    note = _note("n1", "2026-02-20T10:00:00Z", text)
    bundle = record("K0823", note, reason="M48.062", order_type="DeviceRequest")
    assert status(bundle, "WHC-005")["status"] == "met"
    plain = _note("n1", "2026-02-20T10:00:00Z", "Exam: BUE strength 5/5. Sitting balance good.\n")
    bundle = record("K0823", plain, reason="M48.062", order_type="DeviceRequest")
    assert status(bundle, "WHC-005")["status"] == "missing"
