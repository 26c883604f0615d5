"""A discharge from therapy for missed visits tells of the therapy had (lead's class at stop 47,
s65-f): "Pt d/c'd from PT per attendance policy after 10 visits (12/1/25-2/10/26)" read as no PT
at all, its no-show words a denial of the visits before them. Being discharged from PT means PT
was had; whether it was enough is the duration and session rules' question, so the discharge's
own day adds neither a session nor weeks to a course other statements date (the patient stopped
coming before it). A discharge from care never attended ("PT d/c'd - never attended", no-shows
for the evaluation itself) is no care, nor is a no-show with no discharge."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _lumbar(text: str) -> str:
    return status(record("72148", _note("n1", "2026-02-20", text)), "LMRI-003")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "LBP radiating to L leg since 10/2025. Pt d/c'd from PT per attendance policy after 10 "
        "visits (12/1/25-2/10/26).",
        "LBP since 10/2025. Discharged from PT 2/10/26 after 10 visits since 12/1/25 for "
        "non-attendance.",
        "S: LBP since Oct. PT discharged him 2/10 for no-shows after going 2x/wk since 12/1/25.",
        "LBP since 10/2025. PT: d/c from PT for non-attendance 2/10/26, 9 visits attended since "
        "12/1/25.",
        "LBP since 10/2025. dc'd from physical therapy 2/10/26 (nonattendance) - had been going "
        "since 12/1/25.",
    ],
)
def test_a_course_discharged_for_missed_visits_is_the_care_it_ran(text: str) -> None:
    assert _lumbar(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "LBP since 10/2025. PT d/c'd - never attended.",
        "LBP since 10/2025. No-showed PT eval 12/1 and 12/8; discharged from PT per attendance "
        "policy.",
        "LBP since 10/2025. Referred to PT 12/1/25; no-showed x4, discharged from PT for "
        "non-attendance - never attended.",
        # The discharge's day stretches no course the visits' own dates give.
        "LBP since 10/2025. PT 12/1/25-1/2/26 (5 visits). Pt then no-showed x3; d/c'd from PT per "
        "attendance policy 2/10/26.",
        "LBP since 10/2025. PT 12/1/25-1/2/26 (5 visits).\nPT discharge 2/10/26: d/c'd from PT "
        "per attendance policy.",
    ],
)
def test_a_discharge_adds_no_care_of_its_own(text: str) -> None:
    assert _lumbar(text) != "met", text


@pytest.mark.parametrize(
    ("text", "had"),
    [
        ("Pt d/c'd from PT per attendance policy.", True),
        ("PT d/c'd him from program for nonattendance 2/12.", True),
        ("Discharged from physical therapy POC for non-attendance, goals not met.", True),
        ("no-showed PT 3/16, 3/19.", False),
        ("PT d/c'd - never attended.", False),
        ("Discharged from PT for non-attendance - did not attend any visits.", False),
    ],
)
def test_which_discharges_tell_of_therapy_had(text: str, had: bool) -> None:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 2, 20))])
    therapy = [f for f in found if f.concept == "physical-therapy"]
    assert therapy, text
    assert any(not f.negated for f in therapy) is had, text
