"""A plan of care's duration written as its dates (blind wave 15, AX/slp-04): a speech progress
report's "Plan: recert 02/02/2026-06/01/2026 group 1x/wk (16 visits)" and the evaluation's "POC
09/22/2025-03/21/2026: group fluency tx 1x/wk" gave no duration, since only "cert ..." with a
date was read ("recert" has no word start at "cert"). A plan of care with one date is the day it
was signed, no duration."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _duration(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text)])
    return any(f.concept == "duration" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: recert 02/02/2026-06/01/2026 group 1x/wk.",
        "Re-cert 2/2 - 6/1/26.",
        "POC 09/22/2025-03/21/2026: group fluency tx 1x/wk.",
        "Plan of care 1/5/26 to 4/4/26.",
        "Certification period 1/5-3/5.",
    ],
)
def test_a_period_written_as_its_dates(text):
    assert _duration(text)


@pytest.mark.parametrize(
    "text", ["POC signed 1/5/26.", "Plan of care faxed 2/2 for signature.", "Recert due."]
)
def test_one_date_is_no_period(text):
    assert not _duration(text)


def test_a_recertified_speech_plan_with_goals_and_frequency():
    text = (
        "PROGRESS REPORT / RE-EVAL 02/20/2026\nVisits 34. %SS 11.8 -> 6.2.\n"
        "Plan: recert 02/23/2026-06/22/2026 group 1x/wk. Goals updated: %SS < 5%, 2-min "
        "presentation in class."
    )
    bundle = record("92508", _note("n1", "2026-02-20", text), reason="F80.81")
    assert status(bundle, "SLP-004")["status"] == "met"
