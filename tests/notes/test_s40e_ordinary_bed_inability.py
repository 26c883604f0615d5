"""What cannot be done in the bed the patient has is a positioning need (hospital bed LCD
L33820: positioning of the body in ways not feasible with an ordinary bed; wave 41, EW/bed-03:
"can't offload in her regular low double bed" read only as an activity limitation). Only a bed
the note calls ordinary: turning in bed is bed mobility, and a hospital bed is not the one that
fails."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _positioning(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/b1", text, dt.date(2026, 6, 3))])
    return any(f.concept == "positioning-need" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Heel ulcer L, stage 2. He cannot off-load his heels in his queen bed at home.",
        "She is unable to stay elevated in her standard bed and slides down overnight.",
        "Pt not able to reposition in his regular twin bed.",
    ],
)
def test_an_inability_in_an_ordinary_bed_is_a_positioning_need(text: str) -> None:
    assert _positioning(text)


@pytest.mark.parametrize(
    "text",
    [
        "He cannot turn in bed without help.",
        "Unable to reposition in the hospital bed at the SNF.",
        "She can reposition herself in her regular bed.",
    ],
)
def test_bed_mobility_or_another_bed_is_not(text: str) -> None:
    assert not _positioning(text)
