"""A session's length written "4 h" is the program's schedule (blind wave 15, AX/occ-02): "Plan:
FCE 4 h (97750 x16 units) on 7/28; RTW decision based on FCE" read the return-to-work decision
but no hours, since only "4 hrs"/"4 hours" were. A dose interval ("q4 h") or a timed test ("2 h
PP glucose", "24 h urine") is no session."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _schedule(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text)])
    return any(f.concept == "program-schedule" for f in found)


@pytest.mark.parametrize(
    "text",
    ["Plan: FCE 4 h (97750 x16 units) on 7/28.", "Work conditioning 2-3 h/session.", "FCE ~4 h."],
)
def test_a_session_length_in_hours(text):
    assert _schedule(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ibuprofen 600 mg q6 h prn.",
        "Tramadol 50 mg q 6 h.",
        "Glucose 2 h PP 180.",
        "Collect 24 h urine.",
        "HbA1c 6.1%.",
    ],
)
def test_no_session_length(text):
    assert not _schedule(text)


def test_an_fce_planned_in_hours_with_its_return_to_work_decision():
    text = (
        "Occ Med f/u\r\nStill restricted duty.\r\n"
        "Plan: FCE 4 h (97750 x16 units) on 3/12; RTW decision based on FCE."
    )
    bundle = record("97750", _note("n1", "2026-02-26", text), reason="S46.011D")
    assert status(bundle, "OCC-005")["status"] == "met"
