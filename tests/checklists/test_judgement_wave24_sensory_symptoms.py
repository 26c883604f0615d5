"""Blind wave 24: "sensory symptoms" are the patient's complaint, not a sensory exam.

CH/aim-03 (AIM-001): the only exam was 75 days old, and the MRI order's note "MRI brain w/wo -
new sensory sx" stood in for a recent one: the sensation target took the bare word "sensory".
Sensory symptoms, complaints or episodes are what the patient reports; "sensory intact",
"sensory exam", "sensory deficit in L5" are still examined findings.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import record, status


def _sensation(text: str) -> list[str]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.text for f in found if f.concept == "sensation" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "MRI brain w/wo - new sensory sx.",
        "New sensory symptoms R leg x 10 days.",
        "Pt with sensory complaints in both hands.",
        "Two sensory episodes since January.",
    ],
)
def test_sensory_symptoms_are_no_examined_sensation(text: str) -> None:
    assert not _sensation(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Sensory intact to LT.",
        "Sensory exam: decreased in L5 distribution.",
        "Sensory deficit R lateral calf.",
        "Sensory: diminished pinprick R foot.",
    ],
)
def test_an_examined_sensation_still_counts(text: str) -> None:
    assert _sensation(text), text


def test_an_order_naming_sensory_symptoms_is_no_recent_exam():
    order = {"note": [{"text": "MRI brain w/wo - new sensory sx."}]}
    bundle = record("70553", reason="G35.A", order=order)
    assert status(bundle, "AIM-001")["status"] != "met"
