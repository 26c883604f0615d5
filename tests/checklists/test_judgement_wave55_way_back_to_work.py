"""The way back to the job as a plan writes it (blind wave 55): a work conditioning plan "to get
back to full warehouse duties by 4/30" names the return-to-work goal as surely as "return to
full duty" does, and the full or regular duties of a named job are that goal too. A return
already made ("went back to work") or household duties ("usual duties at home") are none."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _goal(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text)])
    return any(f.concept == "rtw-goal" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: work hardening to get back to full warehouse duties by 4/30.",
        "Goal is getting back to his job as a welder.",
        "Aim: going back to regular duty in 6 wks.",
        "Program to reach regular forklift duties.",
    ],
)
def test_a_way_back_to_the_job(text):
    assert _goal(text)


@pytest.mark.parametrize(
    "text",
    [
        "He went back to work in May.",
        "Able to do usual duties at home.",
        "Back to the clinic in 2 weeks.",
    ],
)
def test_no_way_back_to_the_job(text):
    assert not _goal(text)


def test_a_conditioning_plan_with_its_way_back_and_schedule():
    text = (
        "Occ Med f/u\nL shoulder strain, restricted duty.\n"
        "Plan: request work conditioning 4 hrs/d 3 d/wk x 5 wks to get back to full "
        "warehouse duties by 4/30."
    )
    bundle = record("97545", _note("n1", "2026-02-26", text), reason="S46.012D")
    assert status(bundle, "OCC-005")["status"] == "met"
