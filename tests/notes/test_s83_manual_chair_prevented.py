"""What stops a manual chair, named as the subject that prevents its use (blind wave 98).

NN/wheelchair-3: "Fatigue prevents manual w/c use >20 ft; UE 4-/5, tremor." read as no manual
chair shown insufficient (WHC-004, LCD L33789 criterion C: not enough arm function to
self-propel an optimally configured manual chair): the rule read "prevents self-propulsion" but
not the chair itself as what is prevented. Near misses stay as they were: a chair the patient
uses, one merely ordered, a caregiver who pushes it (L33789 C asks about the patient's own arms),
a part that keeps the chair from moving, a denial, and a use limited to a place.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _manual_chair_fails(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text, date(2026, 8, 12))])
    return any(f.concept == "manual-chair-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Fatigue prevents manual w/c use >20 ft; UE 4-/5, tremor.",
        "UE weakness precludes manual w/c.",
        "Tremor prevents her from using a manual chair.",
        "Bilateral shoulder OA precludes use of a manual wheelchair.",
        "Shoulder pain prevents him from self-propelling.",
        "Intention tremor prohibits safe use of a manual wheelchair.",
        "Severe COPD rules out a manual w/c.",
        "Manual w/c ruled out - UE 3/5.",
        "Manual w/c use impossible due to UE weakness.",
        "Arms too weak for a manual chair.",
        # the wordings that already counted, kept counting
        "Unable to self-propel.",
        "Cannot propel a manual chair > 20 ft.",
        "Manual w/c trial failed.",
    ],
)
def test_what_prevents_the_manual_chair_makes_it_insufficient(text: str) -> None:
    assert _manual_chair_fails(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Uses manual w/c in the house.",
        "Manual w/c ordered.",
        "Husband pushes her in the manual w/c.",
        "Anti-tippers prevent manual w/c tipping backward.",
        "Wheel locks prevent the manual chair from rolling.",
        "Cushion prevents pressure injury in manual w/c.",
        "Fatigue does not prevent manual w/c use.",
        "No UE weakness to preclude manual w/c use.",
        "Nothing prevents manual w/c use.",
        "Knee pain precludes walker use; uses manual w/c at home.",
        "Will rule out a manual w/c.",
        "Manual w/c at home, DVT ruled out.",
        "Manual w/c not ruled out.",
        "Not too weak for a manual chair.",
    ],
)
def test_a_chair_in_use_ordered_or_pushed_by_another_is_not(text: str) -> None:
    assert not _manual_chair_fails(text), text
