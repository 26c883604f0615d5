"""A walking distance covered without help, device or symptom is no activity limit (brief
s67-c, the lead's class from stop 48: "amb 500 ft without AD" read as a walking limit). With a
device or helper, a stop, a symptom or a cap, the distance is still the limit it was
(walked_unaided.py).
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
        "amb 500 ft without AD",
        "Amb 500 ft w/o AD, no SOB.",
        "Pt walked 4 blocks unassisted.",
        "amb 200 feet no AD, no rest breaks",
        "Ambulated 250 ft without device or LOB.",
        "walks 2 blocks w/o cane",
        "O: Gait - ambulates 300 ft without assistive device, reciprocal pattern.",
        "Ambulation: 400 ft w/out AD, denies pain.",
    ],
)
def test_a_distance_walked_freely_is_no_limit(text: str) -> None:
    assert not _limited(text)


@pytest.mark.parametrize(
    "text",
    [
        "amb 50 ft with RW, stops for SOB",
        "amb 150 ft w/o AD then requires seated rest d/t knee pain",
        "Can only amb 20 ft w/o AD.",
        "amb 100 ft without AD, limited by R hip pain",
        "Ambulated 200 ft with CGA",
        "amb 75 ft w/o AD, unsteady, reaches for furniture",
        "Walks 1 block without rest before calf pain",
        "walks about 100 feet then has to sit",
    ],
)
def test_a_distance_walked_with_help_or_symptoms_is_still_a_limit(text: str) -> None:
    assert _limited(text)
