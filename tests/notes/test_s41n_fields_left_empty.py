"""A checklist or template pasted into a note and left unfilled names the element without
finding it: "Skilled need: not documented", "F2F: none on file", "Home accessible? -- not
assessed", "Failed walker: (blank)". The field's name is no finding, however its own words read
(a "not" inside it, as in the bed LCD's "not feasible in an ordinary bed"); a field answered
with a finding of its own still is one."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/f1", text, dt.date(2026, 4, 21))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Skilled need: not documented", "skilled-need"),
        ("Intake checklist - skilled need: not documented in chart.", "skilled-need"),
        ("Home accessible? -- not assessed", "home-accessible"),
        ("Failed walker: (blank)", "cane-walker-insufficient"),
        ("Cane/walker insufficient: unknown", "cane-walker-insufficient"),
        ("Positioning in ways not feasible in an ordinary bed: not documented", "positioning-need"),
        ("Body positioning not possible in a regular bed - none documented", "positioning-need"),
        ("Orthopnea: not assessed (phone visit)", "positioning-need"),
    ],
)
def test_a_field_left_empty_is_not_the_element(text: str, concept: str) -> None:
    assert not _asserted(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Skilled need: PT for gait training after CVA, 2w4.", "skilled-need"),
        ("Walker: failed, two falls in the last month.", "cane-walker-insufficient"),
        ("Positioning: not feasible in a regular bed, HOB kept at 40 deg.", "positioning-need"),
        ("Manual chair: cannot propel, shoulder pain after 20 ft.", "manual-chair-insufficient"),
    ],
)
def test_a_field_answered_with_a_finding_stays(text: str, concept: str) -> None:
    assert _asserted(text, concept)
