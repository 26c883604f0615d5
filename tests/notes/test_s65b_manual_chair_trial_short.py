"""A manual chair tried and written as a short push that ends: a bound on the distance
("self-propels < 30 ft"), the chair stopping a few feet on ("Manual chair 25 ft then stops",
"propelled 40 ft then stopped, shoulder pain + fatigue"), or exhaustion after one hallway says
the patient cannot self-propel an optimally configured manual chair through a day at home (LCD
L33789 criterion C; brief s65-b, blind wave 67: IS/wheelchair-03, IU/wheelchair-02). Physicians,
therapists' seating evaluations and suppliers' assessments write it so. A long push, one with no
stop, a trial still to come and a relative's chair are not it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _manual_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/m1", text, dt.date(2026, 4, 2))])
    return any(f.concept == "manual-chair-insufficient" and f.asserted for f in found)


def _safe_use(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/m1", text, dt.date(2026, 4, 2))])
    return any(f.concept == "safe-operation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Manual w/c: UE fatigue/weakness (grip 9 kg), severe MS fatigue - self-propels < 30 ft, "
        "husband works days.",
        "PT Mobility Eval: Manual chair 25 ft then stops, HR 128.",
        "Tried manual w/c at clinic: propelled 40 ft then stopped, shoulder pain + fatigue.",
        "Seating eval: propels K0004 less than 20 feet on tile.",
        "ATP assessment - MWC trial, pt self propelled 15 ft then had to rest",
        "tried a K0001 in clinic, exhausted after one hallway",
        "Manual wheelchair: fatigued after a single lap of the hall.",
        "self-propulsion max 10 m before UE gives out",
        "Manual chair trial - pushes 30' then stops d/t R shoulder pain",
    ],
)
def test_a_short_push_that_ends_is_a_manual_chair_that_will_not_do(text: str) -> None:
    assert _manual_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Self-propels 150 ft independently on level surfaces.",
        "Manual chair: propelled 300 ft without stopping.",
        "Manual w/c trial planned next visit.",
        "Self-propels > 200 ft in the hallway.",
        "Husband uses a manual w/c and propels it 200 ft without difficulty.",
        "Manual chair: propelled 40 ft then stopped to talk with the therapist, then went 200 ft.",
        "Self-propels manual chair independently, walks < 20 ft with walker.",
        "Manual chair: 40 ft then stops, no pain or fatigue.",
    ],
)
def test_a_push_that_carries_on_is_not(text: str) -> None:
    assert not _manual_fails(text)


def test_a_bounded_push_is_no_safe_use_of_the_chair() -> None:
    # "self-propels < 30 ft" is the limit, as "propels 10 ft only" is (not an ability).
    assert not _safe_use("Manual w/c - self-propels < 30 ft, husband works days.")
