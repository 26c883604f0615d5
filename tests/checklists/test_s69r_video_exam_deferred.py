"""A video visit whose own note deferred the exam is no PAP evaluation before the test (CPAP-003).

The reviewers read LCD L33718's evaluation as in person or by synchronous video (HD/cpap-01: a
video visit that charted the neck and BMI); a video visit that put the physical examination off
to an in-person visit not yet held documented the history only (blind wave 76, KF/dme-cpap-02:
"Video visit (pt at home) ... exam deferred"). A note that names one part it could not see, or
an exam that was done, still leaves the video visit the evaluation.
"""

from __future__ import annotations

import base64
from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import record
from .test_s51e_video_pap_evaluation import _HOME_TEST, _ORDER, _visit


def _note(text: str) -> dict:
    return {
        "resourceType": "DocumentReference",
        "id": "n1",
        "status": "current",
        "type": {"text": "Progress note"},
        "subject": {"reference": "Patient/p"},
        "date": "2026-08-20T12:00:00Z",
        "author": [{"reference": "Practitioner/dr"}],
        "content": [{"attachment": {"contentType": "text/plain",
                                    "data": base64.b64encode(text.encode()).decode()}}],
    }  # fmt: skip


def _cpap003(text: str) -> str:
    visit = _visit("Sleep consult - video visit", "2026-08-20")
    bundle = record("E0601", visit, _note(text), _HOME_TEST, reason="G47.33",
                    order_type="DeviceRequest", order=_ORDER)  # fmt: skip
    report = score_bundle(bundle, as_of=date(2026, 10, 5))
    return {i["id"]: i for i in report["items"]}["CPAP-003"]["status"]


_OPENING = "Video visit (pt at home). Snoring, witnessed apneas, ESS 14. HTN. Plan HSAT. "


@pytest.mark.parametrize(
    "said",
    [
        "Exam deferred.",
        "Physical exam deferred to in-person visit.",
        "PE deferred (telehealth).",
        "Exam not performed - video only.",
        "No exam today; f/u in clinic.",
        "Unable to examine over video.",
        "Examination not possible via telehealth.",
        "Physical examination postponed until next in-person visit.",
        "Defer exam to office visit.",
        "Exam to be done in person at next visit.",
    ],
)
def test_a_video_visit_that_deferred_its_exam_is_no_evaluation(said: str) -> None:
    assert _cpap003(_OPENING + said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "Neck 17 in, BMI 33 (pt-reported). Mallampati not assessable by video.",
        "Exam: well appearing, no respiratory distress, neck thick.",
        "Exam limited by video; crowded oropharynx seen on camera.",
        "No examination findings of concern; neck 18 in.",
        "Reviewed prior exam from 7/2.",
    ],
)
def test_a_video_visit_with_its_exam_done_is_still_the_evaluation(said: str) -> None:
    assert _cpap003(_OPENING + said) == "met"


def test_a_video_visit_whose_own_note_could_not_be_read_is_not_shown_examined() -> None:
    """The note's Binary a 404 (bench/unread.py's way binary-404): the note may defer the exam,
    so the video visit is not called the evaluation (KF/dme-cpap-02 read met when it was)."""
    unread = _note(_OPENING + "Exam deferred.")
    unread["content"] = [{"attachment": {"contentType": "text/plain", "url": "Binary/gone"}}]
    visit = _visit("Sleep consult - video visit", "2026-08-20")
    bundle = record("E0601", visit, unread, _HOME_TEST, reason="G47.33",
                    order_type="DeviceRequest", order=_ORDER)  # fmt: skip
    report = score_bundle(bundle, as_of=date(2026, 10, 5))
    assert {i["id"]: i for i in report["items"]}["CPAP-003"]["status"] != "met"
