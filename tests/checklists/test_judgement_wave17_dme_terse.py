"""A wheelchair's face-to-face exam written as terse findings (blind wave 17).

A rollator that does not do, as a mobility exam's table row writes it: 'Rollator since 2023 -
falls x3 in 2026, fatigue after 10 ft; insufficient' (BH/whc-02): the falls counted after the
word ('falls x3', 'fell x 2', '2x falls') and legs that buckle while walking with it. A home
assessment written as measurements: 'Home: 1-level, 33-in doors, vinyl floors' (BH/whc-04): a
width before the doorway, a '1-level' or '1st-floor' home, and the floor surface (LCD
L33788/L33789 ask for access between rooms, maneuvering space and surfaces). Each near miss says
what must not match: a fall count that is a duration or zero, legs that do not buckle, a door
too narrow, an upper floor, deep carpet.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _asserted(text: str, concept: str) -> bool:
    return any(f.asserted for f in find_findings([NoteInput("D/1", text)]) if f.concept == concept)


@pytest.mark.parametrize(
    "text",
    [
        "Cane/walker | Rollator since 2023 - falls x3 in 2026, fatigue after 10 ft; insufficient |",
        "Walker: falls x2 this year.",
        "Rollator - fell x 2 since June.",
        "Walks <10 ft with rollator before legs buckle.",
        "Walker trial in clinic: knees buckled after 15 ft.",
        "Ambulates with rollator, 2x falls since March.",
    ],
)
def test_a_walker_that_does_not_do_written_as_a_terse_finding(text):
    assert _asserted(text, "cane-walker-insufficient"), text


@pytest.mark.parametrize(
    "text",
    [
        "Walker at home; no falls x 6 months.",
        "Rollator: falls x0 since discharge.",
        "Walks 200 ft with rollator, legs do not buckle.",
        "Rollator in use; falls x 2 years ago, none since.",
        "Uses walker; fatigue after 300 ft; adequate.",
    ],
)
def test_a_walker_that_works_or_a_verdict_about_something_else_is_no_failure(text):
    assert not _asserted(text, "cane-walker-insufficient"), text


@pytest.mark.parametrize(
    "text",
    [
        "Home: 1-level, 33-in doors, vinyl floors.",
        '32" doorways throughout the apartment.',
        "36-inch doors, hardwood.",
        "Lives in 1st-floor apt, no steps.",
        "Floors: vinyl and tile, no thresholds.",
        "Laminate flooring throughout.",
    ],
)
def test_a_home_assessment_written_as_measurements(text):
    assert _asserted(text, "home-accessible"), text


@pytest.mark.parametrize(
    "text",
    [
        "24-in bathroom door, too narrow for the chair.",
        "2nd-floor apt, 14 steps to enter, no elevator.",
        "Home: 2-level, bedroom upstairs.",
        "Thick shag carpet throughout.",
        "65 in / 142 lb.",
        "Floors: thick carpet, not navigable.",
        "Works on concrete floors 10-hr shifts.",  # a workplace's floor, not the home's
    ],
)
def test_a_home_that_does_not_take_the_chair_is_no_accessible_home(text):
    assert not _asserted(text, "home-accessible"), text


def test_a_face_to_face_exam_of_terse_findings_meets_the_wheelchair_items():
    exam = _note(
        "n1",
        "2026-01-12",
        "FACE TO FACE MOBILITY EXAM 01/12/2026\n"
        "Walker/cane: rollator since 2024 - falls x2; insufficient.\n"
        "Home: 1-level, 33-in doors, vinyl floors.",
    )
    bundle = record("K0823", exam, reason="M17.0", order_type="DeviceRequest")
    assert status(bundle, "WHC-003")["status"] == "met"
    assert status(bundle, "WHC-006")["status"] == "met"
