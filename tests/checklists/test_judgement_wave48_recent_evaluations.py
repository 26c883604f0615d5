"""Blind waves 48-49: which visits count as the recent evaluation behind a request. A lung exam
written normal ("Lungs CTA bilaterally") is still the exam of the visit that ordered a chest CT
(GC/imaging-other-02). A portal message in which the patient says the symptom is still there
asks for the test and evaluates no one, where a video visit with the cardiologist does
(GB and GD/cardiac-imaging-03)."""

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


#: The last office evaluation of the chest pain, 80 days before the request (outside CARD-001's 60).
_OFFICE = _note("o1", "2025-12-11",
                "Office visit: 58F intermittent chest tightness x 6 wks, non-exertional. "
                "ECG normal. Will consider coronary CTA if symptoms continue.")  # fmt: skip


def _card001(*notes: dict) -> str:
    return status(record("75574", _OFFICE, *notes, reason="R07.89"), "CARD-001")["status"]


def test_a_portal_message_is_no_evaluation_of_the_symptom():
    message = _note("m1", "2026-02-26",
                    "MyChart message from patient: chest tightness keeps coming back, 2-3x a "
                    "week. Could I get the heart scan?\nReply: Yes, CT coronary angiogram "
                    "ordered.", extra={"type": {"text": "Patient Message"}})  # fmt: skip
    assert _card001(message) == "missing"


def test_a_video_visit_about_the_symptom_still_is_one():
    text = ("Video visit with cardiology: chest tightness 2-3x/wk, now with exertion on stairs. "
            "Plan coronary CTA.")  # fmt: skip
    video = _note("v2", "2026-02-26", text, extra={"type": {"text": "Video Visit"}})
    assert _card001(video) == "met"
