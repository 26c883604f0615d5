"""An exam label with the visit's date after it ("Exam 3/9:", "PE on 3/9/26:") opens the exam
as the bare label does (brief s66-d, blind wave 68, IZ/img-01: "Exam 3/9: small effusion, medial
joint line tender, + McMurray" under "Assessment and Plan:" was read as plan and missed). A date
after a word that is no header ("XR 3/9:"), a negated finding, or a dated plan stays what it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.section_headers import header_of


def _exam_sections(text: str) -> set[str]:
    note = "Assessment and Plan:\nR knee pain, locking.\n" + text
    found = find_findings([NoteInput("DocumentReference/e1", note, dt.date(2026, 3, 10))])
    return {
        f.section
        for f in found
        if f.category == "exam-findings" and f.concept == "effusion" and f.asserted
    }


@pytest.mark.parametrize(
    "line",
    [
        "Exam 3/9: small effusion, medial joint line tender, + McMurray.",
        "Exam 3/9/26: small effusion.",
        "PE 03/09/2026: mod effusion R knee.",
        "Exam on 3/9: trace effusion, ROM 0-115.",
        "Physical exam 3/9 - small effusion, ligaments stable.",
        "EXAM 3/9:\nsmall effusion\n+ McMurray",
        "Exam dated 3/9/2026: small joint effusion.",
        "Knee exam 3/9: effusion present.",
    ],
)
def test_a_dated_exam_label_opens_the_exam(line: str) -> None:
    assert "exam" in _exam_sections(line)


@pytest.mark.parametrize(
    "line",
    [
        "XR R knee 3/9: small effusion.",
        "Exam 3/9: no effusion, ROM full.",
        "Plan 3/9: aspirate effusion if it recurs.",
    ],
)
def test_a_date_after_no_exam_label_is_no_exam(line: str) -> None:
    assert "exam" not in _exam_sections(line)


@pytest.mark.parametrize(
    "line", ["Follow-up 9/4/26 - L. Brannigan CNP", "Visit 9/4/26 - Dr. Ames", "F/u 9/4/26:"]
)
def test_a_date_opens_no_other_section_than_the_exam(line: str) -> None:
    # A note's title with its date ("Follow-up 9/4/26 - CNP", GV/lmri-01) opens no plan: the
    # care it goes on to tell of was read as planned.
    assert header_of(line) is None
