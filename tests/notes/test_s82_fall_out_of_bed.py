"""A fall out of bed is no walking limitation (brief s82-function).

"Pt falls off the bed at night" was read as the mobility limitation a walker, a wheelchair or
home health asks for (NCD 280.3) through the word "falls": a patient who rolls out of bed lying
down tells nothing of gait or getting about (fall_aims.fall_out_of_bed). A fall while walking,
standing or getting up stays a limit, and so does a fall out of bed on the way to the bathroom
or when the legs gave way: the patient was moving.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_LIMITS = {"walking-limitation", "activity-limitation"}


def _limits(text: str) -> list[str]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 10, 12))]
    return [f.text for f in find_findings(notes) if f.concept in _LIMITS and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Pt falls off the bed at night.",
        "Pt falls out of bed.",
        "Fell out of bed last week, no injury.",
        "Has fallen out of bed twice.",
        "She fell off the bed in her sleep.",
        "Falling out of bed at night - wants rails.",
        "Fall from bed 5/2, no injury.",
        "Toddler fell out of crib.",
    ],
)
def test_a_fall_out_of_bed_is_no_limit(text: str) -> None:
    assert _limits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Falls while walking.",
        "2 falls in the kitchen.",
        "Fell getting up from chair.",
        "Fell getting out of bed.",
        "Fell out of bed trying to get to the commode.",
        "Falls out of bed at night when getting up to the bathroom.",
        "Fell from bed when her knee gave way.",
        "Fell out of bed; also falls in the kitchen x2.",
        "Falls at home x2.",
    ],
)
def test_a_fall_getting_about_stays_a_limit(text: str) -> None:
    assert _limits(text)
