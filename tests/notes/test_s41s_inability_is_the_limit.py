"""An inability written "not able to", "cannot", "could not", "no longer able to" or "not
capable of" before what the patient does is the limitation, as "unable to" is: "Pt is not able
to ambulate past 15 feet" reads as a walking limit, not its denial. The same words before care
or an event still deny it ("not able to get to PT", "could not have the CT")."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool | None:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 5, 11))])
    hits = [f.asserted for f in found if f.concept == concept]
    return any(hits) if hits else None


@pytest.mark.parametrize(
    "text",
    [
        "Pt is not able to ambulate past 15 feet before resting.",
        "She could not walk more than 20 ft in clinic today.",
        "Can not walk over 30 feet without sitting down.",
        "Not capable of walking more than 25 ft.",
        "Since March he is not able to walk 40 ft.",
    ],
)
def test_an_inability_before_a_walking_distance_is_the_limit(text: str) -> None:
    assert _asserted(text, "activity-limitation") is True


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Not able to attend physical therapy since the car broke down.", "physical-therapy"),
        ("Could not get the MRI because of claustrophobia.", "mri"),
        ("Not able to afford naproxen this month.", "nsaid"),
    ],
)
def test_the_same_words_before_care_still_deny_it(text: str, concept: str) -> None:
    assert _asserted(text, concept) is False


def test_a_denial_of_its_own_before_the_inability_still_denies() -> None:
    assert _asserted("Denies falls; cannot kneel.", "walking-limitation") is False


@pytest.mark.parametrize(
    "text",
    [
        "Not able to reach overhead to get dishes down.",
        "She could not brush her hair this week.",
    ],
)
def test_an_inability_before_a_reaching_task_is_the_limit(text: str) -> None:
    assert _asserted(text, "reaching-limitation") is True
