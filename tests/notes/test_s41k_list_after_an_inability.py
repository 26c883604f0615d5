"""A comma list headed by an inability ("Can't squat, kneel, walks <1 block w/ cane") also lists
what the patient still does: a clause with a verb of its own saying so is not denied by the
list's head (blind wave 44, FI/hip-arthroplasty-01: the cane read as denied). A clause that
denies on its own ("No cane, walks without it") stays denied."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _cane(text: str) -> bool | None:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 4, 8))])
    canes = [f for f in found if f.concept == "bracing"]
    return canes[0].asserted if canes else None


@pytest.mark.parametrize(
    "text",
    [
        "Can't kneel or squat, walks 2 blocks max w/ a cane, stopped coaching.",
        "Unable to garden, ambulates in the house with a cane.",
        "Cannot do stairs, wears a knee brace most days.",
        "Can't stand at work, relies on a cane outdoors.",
    ],
)
def test_what_the_patient_does_after_an_inability_is_asserted(text: str) -> None:
    assert _cane(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "No cane, walks without an aid.",
        "Can't walk far, does not use a cane.",
        "Denies use of a cane or brace.",
    ],
)
def test_a_clause_that_denies_on_its_own_stays_denied(text: str) -> None:
    assert _cane(text) is False
