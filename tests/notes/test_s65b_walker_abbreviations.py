"""The walker as real notes abbreviate it: "RW" (rolling walker), "FWW" (front-wheeled walker),
"4WW" (four-wheeled walker), and "amb" for ambulates ("amb 50 ft w/ RW, CGA"). A walker that does
not carry the patient (NCD 280.3 B) and a walker ordered (its written order) read the same in these
words as in the long ones (brief s65-b, lead's class noticed at stop 47). "rw" inside another word
is none, nor "RW" as someone's initials, nor a walker that works.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _concept(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/r1", text, dt.date(2026, 3, 2))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "amb 50 ft w/ RW, CGA",
        "Ambulates 20 ft w/ FWW and mod A.",
        "Falls even with 4WW.",
        "unsafe with RW, 3 falls this yr",
        "FWW: insufficient, legs buckle",
        "Pt fell x2 using a RW at home.",
        "walks < 15 ft with 4WW then must sit",
        "Unable to safely use RW d/t R hand weakness.",
    ],
)
def test_an_abbreviated_walker_that_fails_is_a_walker_that_will_not_do(text: str) -> None:
    assert _concept(text, "cane-walker-insufficient")


@pytest.mark.parametrize(
    "text",
    [
        "Amb 300 ft w/ RW independently, no falls.",
        "Discussed plan with RW (NP); unable to reach daughter by phone.",
        "Crw unable to locate chart.",
        "Uses FWW, doing well, no falls since.",
    ],
)
def test_an_abbreviated_walker_that_works_or_no_walker_is_not(text: str) -> None:
    assert not _concept(text, "cane-walker-insufficient")


@pytest.mark.parametrize(
    "text",
    ["Rx: FWW x1.", "Plan: order RW x1.", "Dispense 4WW with seat."],
)
def test_an_abbreviated_walker_ordered_is_the_walker_plan(text: str) -> None:
    assert _concept(text, "walker-plan")


@pytest.mark.parametrize("text", ["Plan: f/u with RW NP in 2 wks.", "Plan: RWMA on echo."])
def test_initials_or_another_word_are_no_walker_plan(text: str) -> None:
    assert not _concept(text, "walker-plan")
