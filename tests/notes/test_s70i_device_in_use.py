"""A walking aid the patient walks "without difficulty" with is in use (brief s70-i item 2):
the "without" denies the difficulty, not the walker, rollator, crutches or cane named after it
(device_in_use.py). A walk without the aid still denies it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_DEVICES = {"assistive-device", "bracing"}


def _device_used(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/d1", text, dt.date(2026, 10, 2))])
    return any(f.concept in _DEVICES and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Walks without difficulty with a walker.",
        "walks w/o difficulty using her rollator.",
        "amb without assist with cane.",
        "Ambulates without difficulty with rolling walker in clinic.",
        "Gait: ambulates w/o difficulty w/ front wheeled walker.",
        "Pt walks without any difficulty, using a walker.",
        "Walks without difficulty with crutches.",
        "O: amb w/o LOB with quad cane.",
        "ambulates without assistance using her walker",
        "Walks w/out problems with a rollator at home.",
        "Independent with walker for household distances.",
        "Gait: indep w/ cane.",
    ],
)
def test_a_walking_aid_after_how_well_is_in_use(text: str) -> None:
    assert _device_used(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ambulates without difficulty without a walker.",
        "Walks without difficulty, no walker or cane.",
        "Ambulates without assist or cane.",
        "Ambulates without walker.",
        "Walks without difficulty and does not need a walker.",
        "No longer uses a walker; walks without difficulty.",
        "Denies use of walker or cane.",
        "Independent without walker or cane.",
    ],
)
def test_a_walk_without_the_aid_still_denies_it(text: str) -> None:
    assert not _device_used(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ambulates without difficulty with RW.",
        "Walks without difficulty with crutches.",
        "Ambulates without difficulty w/ FWW.",
        "Walks without difficulty using a rollator.",
        "Ambulates w/o difficulty with AD.",
    ],
)
def test_a_walk_with_an_aid_is_no_exercise_ability(text: str) -> None:
    found = find_findings([NoteInput("DocumentReference/d1", text, dt.date(2026, 10, 2))])
    assert not any(f.concept == "exercise-ability" and f.asserted for f in found)


def test_a_walk_without_difficulty_alone_is_exercise_ability() -> None:
    text = "Walks without difficulty, no ortho limits."
    found = find_findings([NoteInput("DocumentReference/d1", text, dt.date(2026, 10, 2))])
    assert any(f.concept == "exercise-ability" and f.asserted for f in found)
