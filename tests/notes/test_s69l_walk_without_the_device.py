"""A short walk without the device says nothing of the device failing (brief s69-k's noticed risk).

WHC-003 asks that a cane or walker be shown insufficient. Five of the walker-distance rules read
"with" inside "without" or "w/" inside "w/o", so "walks 20 ft w/o walker then must sit", "sits
every 10 ft without his rollator" and "15 ft w/o cane, knees buckle" read as the walker failing:
a false met for a wheelchair. The same walks with the device still count.

WHC-004's manual chair, the same checklist's next step: one judged not to last ("would not be
sustainable given progressive UE weakness", blind wave 74, JW/wheelchair-03) is insufficient.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text, date(2026, 3, 24))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Walks 20 ft w/o walker then must sit.",
        "Sits every 10 ft without his rollator.",
        "walks 15 ft w/o cane, knees buckle",
        "Ambulates 8 ft w/o walker, mod A.",
        "Stops every few steps without her cane.",
        "Walks 20 ft without walker and then has to sit.",
        "Amb 10 ft w/out rollator, legs give out.",
    ],
)
def test_a_walk_without_the_device_is_no_device_failing(text: str) -> None:
    assert not _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walks 20 ft w/ walker then must sit.",
        "Sits every 10 ft even with his rollator.",
        "walks 15 ft with cane, knees buckle",
        "Ambulates 8 ft w/ hemi-walker, mod A.",
    ],
)
def test_the_same_walk_with_the_device_counts(text: str) -> None:
    assert _walker_fails(text)


def _manual_chair_fails(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text, date(2026, 3, 24))])
    return any(f.concept == "manual-chair-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        # blind wave 74, JW/wheelchair-03 (an ALS clinic's mobility exam)
        "Manual chair would not be sustainable given progressive UE weakness.",
        "Manual w/c not practical - shoulder OA.",
        "MWC will not be functional as arm weakness progresses.",
        "A manual wheelchair is not sustainable (bilateral RC tears).",
        "manual chair unsustainable, UE 3-/5",
    ],
)
def test_a_manual_chair_judged_not_to_last_is_insufficient(text: str) -> None:
    assert _manual_chair_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Manual chair would be sustainable for now.",
        "Propels manual chair independently; a power chair would not be sustainable financially.",
        "Is a manual chair sustainable? Trial next week.",
    ],
)
def test_a_manual_chair_that_lasts_or_is_untried_is_not(text: str) -> None:
    assert not _manual_chair_fails(text)
