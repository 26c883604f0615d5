"""Doorways and halls measured in the plural count as an accessible home only at a wheelchair's
32 in (81 cm) clear width or more (ADA 2010 Standards 404.2.3), as one measured door already
did: "doorways 28 in" or "28-in doors" is a barrier, not an assessment that the chair fits. A
range that reaches 32 in counts ("doorways 30-32 in": reviewers accept it)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _accessible(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/d1", text, dt.date(2026, 7, 14))])
    return any(f.concept == "home-accessible" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Rental house: doorways 28 in throughout, 4 steps at entry.",
        "Trailer home, 27-in doors, carpet.",
        "Apartment doorways 71 cm, no elevator.",
        "Hallways 29 inches with a tight turn to the bedroom.",
        "House has 26 in doorways upstairs.",
    ],
)
def test_narrow_doorways_are_no_accessible_home(text: str) -> None:
    assert not _accessible(text)


@pytest.mark.parametrize(
    "text",
    [
        "Condo: interior doorways 34 in, bathroom 5x7 ft.",
        "36-inch doors on the main floor.",
        "Doorways 30-32 in per daughter's measurement.",
        "Doorways 86 cm, lift in the building.",
        "Halls 42 in wide.",
    ],
)
def test_doorways_at_32_in_or_more_are(text: str) -> None:
    assert _accessible(text)
