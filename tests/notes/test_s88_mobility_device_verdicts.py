"""Three mobility-equipment facts the wheelchair checklist missed in blind wave 103 (NCD 280.3,
LCD L33789), each with other wordings and the near misses that must not count:

- a cane or walker judged to leave too high a fall risk ("Cane/walker: fall risk too high, LE
  3-/5 prox.", OB/wheelchair-02): the device cannot make walking at home safe (WHC-003);
- arms with no function to drive a manual chair ("Manual chair: no UE function to propel.",
  NZ/wheelchair-3): LCD L33789 C (WHC-004); one arm may still drive a one-arm chair;
- hard going to reach a room of the home ("hard to get to the bathroom at night",
  OD/wheelchair-03): a mobility-related daily activity limited in the home (WHC-002).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 5, 4))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Cane/walker: fall risk too high, LE 3-/5 prox.",
        "Walker - fall risk too high.",
        "Rollator: fall risk remains too high.",
        "Fall risk too high even with rollator.",
        "Too high a fall risk for a cane or walker.",
        "Fall risk is too great with a walker.",
    ],
)
def test_a_device_leaving_too_high_a_fall_risk_does_not_suffice(text: str) -> None:
    assert _asserted(text, "cane-walker-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "Cane/walker: fall risk not too high.",
        "Walker: high fall risk.",  # may be the reason a walker is wanted
        "Walker - falls risk.",
        "Fall risk too high w/o walker.",  # asks for the walker
        "Walker ordered, fall risk too high without it.",
        "Cane/walker: no falls, fall risk low.",
        "If fall risk too high with walker, will consider w/c.",
        "Mother's walker: fall risk too high.",
    ],
)
def test_a_fall_risk_not_laid_on_the_device_is_not(text: str) -> None:
    assert not _asserted(text, "cane-walker-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "Manual chair: no UE function to propel.",
        "No functional use of arms.",
        "BUE 0/5.",
        "Bilateral UE strength 0/5.",
        "No volitional UE movement.",
    ],
)
def test_arms_with_no_function_cannot_propel_a_manual_chair(text: str) -> None:
    assert _asserted(text, "manual-chair-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "No UE weakness.",
        "No UE functional limitations.",
        "No UE function deficits.",
        "No L UE function since stroke.",  # one arm: a one-arm drive chair may do
        "R UE 0/5, L UE 5/5.",
        "No UE function on the right side.",
        "No UE function testing done today.",
        "Mother has no UE function.",
        "Manual chair: propels independently, no UE deficits.",
    ],
)
def test_a_deficit_denied_or_one_sided_is_not(text: str) -> None:
    assert not _asserted(text, "manual-chair-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "Gets around apartment hopping w/ walker, tires quickly, hard to get to the bathroom at "
        "night, sponge baths in chair.",
        "Difficult to make it to the toilet.",
        "Has a hard time getting to the kitchen.",
        "Hard to reach the bathroom without holding walls.",
    ],
)
def test_hard_going_to_a_room_of_the_home_is_a_limitation(text: str) -> None:
    assert _asserted(text, "activity-limitation")


@pytest.mark.parametrize(
    "text",
    [
        "Not hard to get to the bathroom.",
        "Hard to get to appointments.",
        "Hard to get to bed before midnight.",
        "Hard to get him to the bathroom.",
        "Hard to get to the bathroom in time due to urgency.",
        "Wife finds it hard to get to the bathroom.",
    ],
)
def test_a_trip_outside_a_caregivers_or_the_bladders_is_not(text: str) -> None:
    assert not _asserted(text, "activity-limitation")
