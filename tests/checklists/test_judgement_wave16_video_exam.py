"""An exam a video visit says it made by video is an examination documented (blind wave 16,
BB/aim-02): 'Exam (video): well-appearing, speaking full sentences, no accessory muscle use' in a
telehealth note was no exam at all, since every exam word in a remote note is taken as what the
patient reports. A phone call, or a video visit that writes no exam of its own, still examines no
one."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _exam(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == "exam-section" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Assessment and Plan: (telehealth - video, 5/27/2026)\n61F with 7 mm RUL nodule. Denies"
        " hemoptysis.\nExam (video): well-appearing, speaking full sentences, no accessory muscle"
        " use.\nPlan: CT chest in 3 months.",
        "VIDEO VISIT\nS: knee pain x 3 mo.\nPhysical exam (by video): walks without limp, full"
        " squat, no visible swelling.\nA/P: MRI knee.",
    ],
)
def test_an_exam_made_by_video_is_an_exam(text: str) -> None:
    assert _exam(text), text


@pytest.mark.parametrize(
    "text",
    [
        "TELEPHONE ENCOUNTER\nExam: pt reports no swelling, able to walk.\nPlan: MRI.",
        "VIDEO VISIT\nS: LBP w/ L sciatica.\nO: Exam deferred - virtual visit.\nP: MRI lumbar.",
        "VIDEO VISIT\nS: knee pain.\nExam: numbness unchanged per pt.\nP: follow up.",
    ],
)
def test_a_remote_contact_without_its_own_exam_examines_no_one(text: str) -> None:
    assert not _exam(text), text


def test_what_the_video_could_not_test_is_no_exam() -> None:
    text = "VIDEO VISIT\nO: Limited video exam: unable to perform McMurray/Lachman via video."
    assert not _exam(text)
