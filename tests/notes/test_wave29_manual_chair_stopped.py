"""Why a manual wheelchair fails, as neurology and seating notes write it (blind wave 29,
DD/whc-03): "arm weakness and ataxia prevent self-propulsion beyond a few feet" names what stops
the pushing as its subject, and "manual chair propulsion 20 ft then fatigue" gives the distance
then what ended it; neither was read, so a power chair's manual-chair item was called missing.
A distance pushed "then" a rest with no symptom, or "then no pain", is no limit."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _insufficient(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 1, 10))])
    return any(f.concept == "manual-chair-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Has used a manual chair for years, but arm weakness and ataxia prevent self-propulsion "
        "beyond a few feet.",
        "Shoulder pain limits propulsion of the manual chair.",
        "Manual chair propulsion 20 ft then fatigue (RPE 8).",
        "MWC 25 feet then severe shoulder pain.",
    ],
)
def test_what_stops_the_pushing_is_read(text: str) -> None:
    assert _insufficient(text)


@pytest.mark.parametrize(
    "text",
    [
        "Manual chair: 40 ft then rests, no pain.",
        "Manual chair propulsion 200 ft then no fatigue.",
        "Self-propels manual chair 150 ft then independent transfer to mat.",
    ],
)
def test_a_distance_then_no_symptom_is_no_limit(text: str) -> None:
    assert not _insufficient(text)
