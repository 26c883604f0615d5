"""A short walk without the device says nothing of the device failing (brief s69-k's noticed risk).

WHC-003 asks that a cane or walker be shown insufficient. Five of the walker-distance rules read
"with" inside "without" or "w/" inside "w/o", so "walks 20 ft w/o walker then must sit", "sits
every 10 ft without his rollator" and "15 ft w/o cane, knees buckle" read as the walker failing:
a false met for a wheelchair. The same walks with the device still count.
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
