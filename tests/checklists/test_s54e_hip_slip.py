"""Blind wave 60: a dictated hip replacement with no approach.

HU/hip-03: "We discussed right total hit replacement. She wishes to proceed." named no hip
plan (THA-005): the slip was read only with a hip approach after it. A short garbled word before
"replacement" or "arthroplasty" ("hit", "hop", "hep"), or "joint", is the hip the hip checklist
reads the concept for; a knee, a toe or an iron replacement is none.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _hip_plan(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n2", text)])
    return any(f.concept == "hip-replacement-plan" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: R total hep replacement.",
        "Plan: left total hop arthroplasty.",
        "L total hips replacement planned.",
        "Proceed with total joint replacement, right.",
    ],
)
def test_a_garbled_total_replacement_is_the_hip_plan(text: str) -> None:
    assert _hip_plan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: right total knee replacement.",
        "Plan: total toe replacement.",
        "Total iron replacement dose 1 g IV.",
        "Plan: total shoulder arthroplasty.",
    ],
)
def test_no_hip_plan_read(text: str) -> None:
    assert not _hip_plan(text)


def test_the_slip_with_a_decision_meets_the_surgical_plan() -> None:
    text = (
        "HPI: R hip pain 8 months despite PT and acetaminophen.\nX-ray: severe R hip OA.\n"
        "ASSESSMENT/PLAN: R hip OA. We discussed right total hep replacement. He wishes to "
        "proceed. Expect better walking and less pain."
    )
    bundle = record("27130", _note("n1", "2026-02-20", text), reason="M16.11")
    assert status(bundle, "THA-005")["status"] == "met"
