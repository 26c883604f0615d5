"""An exam test as a table row or labelled line after a review of systems is exam (wave 94).

MX/esi-01: "ROS: all other systems negative." then the exam table "SLR | R + at 40 deg; L neg |",
"Strength | R EHL 4/5 |", "Sensation | decr dorsum R foot |" kept the ROS section, so IPN-004's
exam (which leaves ROS out) found none. A line opening on an examiner's test ends the review
(ros_exam_rows.py); a line of systems or symptoms stays in it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.ros_exam_rows import exam_row


def _exam(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 3, 3))])
    return [f for f in found if f.category == "exam-findings"]


@pytest.mark.parametrize(
    "text",
    [
        "ROS: all other systems negative.\n\nSLR | R + at 40 deg; L neg |\n\n"
        "Strength | R EHL 4/5 |",
        "ROS: negative except HPI.\nStrength: 4/5 R EHL\nSensation: decr dorsum R foot",
        "Review of systems: neg x10\nSLR: + on R at 40 deg\nDTRs - 2+ symmetric",
        "ROS: no fever, no wt loss.\n| Reflexes | 1+ R achilles |",
    ],
)
def test_exam_rows_after_a_ros_are_exam(text: str) -> None:
    found = _exam(text)
    assert found and all(f.section == "exam" for f in found)


@pytest.mark.parametrize(
    "line",
    [
        "Neuro: no numbness, no weakness",
        "MSK: + back pain, no joint swelling",
        "weakness: denies",
        "Constitutional | no fever |",
        "Strengthening exercises at home",
    ],
)
def test_systems_and_symptoms_stay_in_the_review(line: str) -> None:
    assert not exam_row(line)


def test_a_review_line_of_symptoms_stays_ros() -> None:
    found = _exam("ROS: Neuro: no numbness or weakness. MSK: back pain.")
    assert all(f.section == "ros" for f in found)
