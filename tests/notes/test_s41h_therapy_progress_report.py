"""A therapist's periodic progress report or re-evaluation heading a home-health note is the
skilled therapy being given (blind wave 44, FL/hh-02: "PT 60-DAY PROGRESS REPORT / RE-EVAL" with
measured gait at min A -> CGA), as home health's own "HH PT recert summary" already was; not one
still due or not received, and not "Pt" the patient."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _skilled(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/r1", text, dt.date(2026, 8, 3))])
    return any(f.concept == "skilled-need" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "OT 30-day re-assessment\nUB dressing mod A -> min A; tub transfer CGA.",
        "PT PROGRESS REPORT\nAmbulates 60 ft RW CGA, Berg 31.",
    ],
)
def test_a_therapist_s_progress_report_is_skilled_need(text: str) -> None:
    assert _skilled(text)


@pytest.mark.parametrize(
    "text",
    [
        "PT re-evaluation due at visit 10.",
        "Pt re-eval today, reports feeling stronger.",
        "OT progress report not received from agency.",
    ],
)
def test_one_still_due_or_the_patient_is_not(text: str) -> None:
    assert not _skilled(text)
