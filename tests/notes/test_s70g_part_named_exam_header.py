"""An exam header that names the part examined before its word ("Shoulder exam", "R hip exam:",
"Hand/wrist examination:") opens the exam, as "Knee exam" and "Exam R shoulder:" do.

Blind wave 78, KL/advanced-imaging-other-01: an Epic note's exam table, "Shoulder exam | Right |
Left |" over its AROM, ER strength, drop arm and Hawkins/Neer rows, came after the "Current
Outpatient Medications" table; only "knee exam", "spine exam" and "lumbar exam" were listed as
such headers, so its rows stayed in the medications section and AIM-001 found no exam.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.section_headers import header_of

MEDS = "Current Outpatient Medications | Start | End |\nnaproxen 500 mg BID | 12/19/2025 | |\n"


def _exam_sections(text: str) -> set[str]:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 3, 16))])
    exam = [f for f in found if f.category == "exam-findings" and f.concept != "exam-section"]
    return {f.section for f in exam}


@pytest.mark.parametrize(
    "exam",
    [
        "Shoulder exam | Right | Left |\nAROM flex/abd | 125/95 painful arc | 170/170 |\n"
        "ER strength | 4-/5 w/ pain | 5/5 |\nHawkins / Neer | + / + | - / - |",
        "R shoulder exam: AROM flex 120, ER strength 4/5, Hawkins +.",
        "Hip exam: FABER + on the right, log roll negative.",
        "Cervical spine exam - Spurling + L, grip strength 5/5.",
        "Hand/wrist exam: grip strength 4/5 R, tenderness at the snuffbox.",
        "LEFT ELBOW EXAMINATION: tenderness over the lateral epicondyle.",
        "Neck exam: decreased rotation to the left, tenderness at C5-6.",
        "Foot and ankle exam | Right | Left |\nAnterior drawer | + | - |",
        "Bilateral knee PE: effusion R, crepitus both.",
        "Low back exam: paraspinal tenderness, SLR negative.",
    ],
)
def test_a_part_named_exam_header_opens_the_exam(exam: str) -> None:
    assert _exam_sections(MEDS + exam) == {"exam"}


@pytest.mark.parametrize(
    "line",
    [
        "Shoulder exam pending next visit",
        "Shoulder pain: worse overhead",
        "Shoulder x-ray: no fracture",
        "Knee exam deferred today",
        "Shoulder examination of the other side was not done",
    ],
)
def test_lines_that_only_mention_a_part_and_an_exam_open_none(line: str) -> None:
    assert header_of(line) != "exam"
