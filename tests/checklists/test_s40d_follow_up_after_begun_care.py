"""Lumbar MRI's follow-up exam (LMRI-004) after a visit that began care but examined no one,
found by blind wave 41 (EX/advanced-imaging-lumbar-mri-02): a video visit prescribed tramadol and
sent a PT referral, and the in-person follow-up weeks later examined the back. No trial counted
(the referral was never used), so the wave-38 rule asked for an earlier exam, and the video
visit had none. The visit that began the care is the earlier visit a follow-up follows; the
only visit's exam stays none, and so does the exam of the visit that begins the care.
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

_EXAM = "O: lumbar flexion limited, paraspinal TTP, SLR neg bilat, strength 5/5, DTR 2+ sym."


def _follow_up(*notes) -> str:
    bundle = record(
        "72148", *notes, reason="M54.50",
        order={"authoredOn": "2026-05-12", "occurrenceDateTime": "2026-05-26"},
    )  # fmt: skip
    return status(bundle, "LMRI-004", as_of=date(2026, 5, 18))["status"]


_VIDEO = _note(
    "n1", "2026-03-30",
    "Video visit\nS: 41F low back pain since late March after moving furniture. No leg sx.\n"
    "Plan: Tramadol 50 q8h prn #20. Heat/ice. RTC 6 wks.",
)  # fmt: skip


def test_an_exam_after_the_visit_that_began_care_is_a_follow_up() -> None:
    later = _note(
        "n2", "2026-05-12",
        "S: f/u LBP x 6 wks, no better, 5/10, worse sitting.\n" + _EXAM
        + "\nA/P: MRI L-spine.",
    )  # fmt: skip
    assert _follow_up(_VIDEO, later) == "met"


def test_the_only_visits_exam_is_still_no_follow_up() -> None:
    only = _note(
        "n2", "2026-05-12",
        "S: LBP x 6 wks, stretching on her own.\n" + _EXAM
        + "\nA/P: naproxen 500 BID. MRI L-spine.",
    )  # fmt: skip
    assert _follow_up(only) == "partial"


def test_care_only_talked_of_at_the_earlier_visit_began_nothing() -> None:
    talk = _note(
        "n1", "2026-03-30",
        "Video visit\nS: 41F low back pain since late March.\nPlan: if no better, may consider PT.",
    )  # fmt: skip
    later = _note("n2", "2026-05-12", "S: f/u LBP.\n" + _EXAM + "\nA/P: MRI L-spine.")
    assert _follow_up(talk, later) == "partial"
