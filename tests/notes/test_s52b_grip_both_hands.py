"""A grip measured on both hands is a functional deficit only when the weaker hand falls well
short of the other (under 80%: beyond the ~10% dominance difference and the Jamar's own
variation; evidence/grip_sides.py). Blind wave 56, HE/occ-03: "grip R 48 lb vs L 102 lb" against a
tool-gripping job was read as no deficit at all; a pattern alone had turned M/work-rehab-05's
"Grip R 62 lb / L 68 lb (91%)" into one. The numbers are weighed in code, both ways.
"""

from __future__ import annotations

import pytest

from smartapp.evidence.grip_sides import grip_share, grip_shortfall
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> list[str]:
    """The grip limits found (other measures in the sentence are not this test's)."""
    found = find_findings([NoteInput("DocumentReference/s52b", text)])
    return [
        f.text
        for f in found
        if f.category == "functional-deficits"
        and f.asserted
        and not f.normal
        and "grip" in f.text.lower()
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Objective: grip L 40 lb vs R 95 lb (dynamometer). Elbow ext 10.",
        "Grip (Jamar II): right 11 kg / left 29 kg.",
        "Grip strength by dynamometer left 20 kg, right 41 kg.",
        "Hand: grip 9 kg L vs 30 kg R; pinch weak.",
        "Exam: grip 15 lb (R 70). Scar adherent.",
        "Grip R 40 lb (48% of L) after 12 visits.",
    ],
)
def test_a_weaker_hand_well_short_of_the_other_is_a_deficit(text: str) -> None:
    assert grip_shortfall(text), text
    assert _limits(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Grip (Jamar pos 2): L 70 lb / R 76 lb (92%).",
        "Grip strength R 30 kg, L 33 kg.",
        "grip 41 kg R / 38 kg L, full ROM.",
    ],
)
def test_hands_within_normal_side_to_side_variation_are_no_deficit(text: str) -> None:
    assert not grip_shortfall(text), text
    assert not _limits(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Goals: grip >= 65% of L, QuickDASH < 30.",
        "Grip R 10 -> 19 kg since eval.",
        "UE: grip 4/5 R, 3/5 L.",
        "Grip (Jamar pos 2): L deferred (precautions), R 66 lb.",
    ],
)
def test_a_goal_a_change_or_a_grade_is_no_reading_of_both_hands(text: str) -> None:
    assert grip_share(text) is None, text
    assert not _limits(text), text


def test_kilograms_and_pounds_are_weighed_alike() -> None:
    # 20 kg is about 44 lb: 44 of 50 lb is 88%, no deficit.
    share = grip_share("Grip R 20 kg / L 50 lb.")
    assert share is not None and 0.85 < share < 0.9
