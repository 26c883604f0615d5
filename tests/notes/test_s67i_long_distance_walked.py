"""A long distance walked with no word of help, device or symptom is no activity limit (brief
s67-i, the lead's class noticed by s67-c: "amb 500 ft in clinic hallway" met WLK-002's walking
limit). A short distance, a patient's blocks, and any distance with a stop, a symptom, a device
or a helper stay the limit they are (walked_unaided.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _limited(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 3, 2))])
    return any(f.concept == "activity-limitation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "amb 500 ft in clinic hallway",
        "Pt ambulated 300 feet in hallway.",
        "O: Gait: amb 250 ft, steady, reciprocal pattern.",
        "Ambulation - walked 1,000 ft on level surfaces.",
        "walks 1200 ft around the unit",
        "Amb 400 ft x2 trials, good cadence.",
        "GAIT: Pt ambulates 600 feet indep.",
        "walked 100 yards in the parking lot",
        "walked 400' in hall, gait steady",
    ],
)
def test_a_long_distance_walked_with_nothing_limiting_is_no_limit(text: str) -> None:
    assert not _limited(text)


@pytest.mark.parametrize(
    "text",
    [
        "amb 50 ft, stops to rest",
        "walks 15 ft",
        "walks 2 blocks, limping",
        "walks 1 block, can't shop or cook",
        "amb 300 ft, then needs to sit d/t SOB",
        "amb 400 ft with RW",
        "Amb 250 ft w/ CGA, 1 LOB.",
        "can only amb 200 ft before calf pain",
        "amb 1,000 ft w/ FWW",
        "Pt ambulated 150 ft in hallway.",
    ],
)
def test_a_short_or_troubled_distance_is_still_a_limit(text: str) -> None:
    assert _limited(text)
