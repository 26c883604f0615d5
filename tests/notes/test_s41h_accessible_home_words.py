"""An accessible home as clinics describe it is a home assessment (LCD L33788: access between
rooms, maneuvering space; blind wave 44, FK/wheelchair-02: "Home: apartment, elevator bldg, wide
hallways, no rugs, bathroom door 32\"" went unread). One door measured, halls or doorways called
wide, an elevator building; not a door under the ADA's 32 in clear width, halls too narrow, no
elevator, or a home not yet assessed."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _accessible(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/h1", text, dt.date(2026, 4, 14))])
    return any(f.concept == "home-accessible" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Lives alone in a condo; front door 34 in.",
        "Ranch house, widened doorways after husband's stroke.",
        "Her hallways are wide and the bedroom is next to the bath.",
        "Lives on 6th floor of an elevator building.",
    ],
)
def test_the_home_described_as_accessible_is_read(text: str) -> None:
    assert _accessible(text)


@pytest.mark.parametrize(
    "text",
    [
        "Home access not yet assessed.",
        "Hallways not wide enough to turn a chair.",
        "No elevator; lives on 3rd floor walk-up.",
        "Elevator building but the elevator is out of service for months.",
        "Bathroom door 24 in - too narrow for the chair.",
        "Bedroom door 26 in.",
    ],
)
def test_a_home_not_assessed_or_that_falls_short_is_not(text: str) -> None:
    assert not _accessible(text)
