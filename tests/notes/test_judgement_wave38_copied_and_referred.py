"""Blind wave 38: an exam "copied <date>" is that day's exam, and an evaluation named right
before "referral" is asked for, not done.

EK/img-02: a portal message of 2/2 ended "Last exam (copied 11/24/25): CN II-XII intact,
strength 5/5, reflexes 2+ symmetric, gait normal." The copy marker was read only as "copied
from <date>", so the November exam counted as a new evaluation 8 days before the brain MRI order
(AIM-001 asks for one within 60 days).

EN/wheelchair-03: "PT seating eval referral placed to Kettering Rehab seating clinic - appt
pending" in a telephone note was read as the specialty evaluation a Group 3 power chair needs
(WHC-008). ConText reads a backward "referral" for spaCy targets; the wheelchair-evaluation
target is a regex one, whose flags did not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _findings(text: str, concept: str, day: date = date(2026, 2, 10)) -> list:
    found = find_findings([NoteInput("DocumentReference/n1", text, day)])
    return [f for f in found if f.concept == concept]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "Portal reply: will order MRI.\nLast exam (copied 11/24/25): CN II-XII intact, "
            "strength 5/5, gait normal.",
            date(2025, 11, 24),
        ),
        ("Phone f/u.\nExam copied on 12/3/2025: CN II-XII intact, gait normal.", date(2025, 12, 3)),
        (
            "Phone f/u.\nNeuro exam (copied Dec 3, 2025): CN II-XII intact, gait normal.",
            date(2025, 12, 3),
        ),
    ],
)
def test_an_exam_copied_with_its_date_is_that_days_exam(text: str, written: date) -> None:
    found = _findings(text, "neuro-exam")
    assert found and all(f.copied_from == written for f in found)


def test_an_exam_of_the_day_is_not_copied() -> None:
    found = _findings("Office visit. Exam: CN II-XII intact, gait normal. Copied to PCP.",
                      "neuro-exam")  # fmt: skip
    assert found and all(f.copied_from is None for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "PT seating eval referral placed to Kettering Rehab seating clinic - appt pending.",
        "Seating and mobility evaluation referral sent to OT.",
        "Wheelchair evaluation referred to outpatient PT.",
    ],
)
def test_an_evaluation_named_before_its_referral_is_not_done(text: str) -> None:
    found = _findings(text, "wheelchair-evaluation")
    assert found and not any(f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Wheelchair evaluation - referral from Dr. Lee: drove the demo chair safely.",
        "PT seating evaluation 2/3: safe joystick control, referred by neurology.",
    ],
)
def test_an_evaluation_done_on_referral_still_counts(text: str) -> None:
    found = _findings(text, "wheelchair-evaluation")
    assert any(f.asserted for f in found)
