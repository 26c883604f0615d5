"""A walker that leaves the walk broken by rests, a sit-down a few feet on, or a limitation "not
resolvable" with it is a walker that does not suffice (NCD 280.3 B; brief s64-l, blind wave 66:
IO/wheelchair-02 "uses a rollator - still needs 2 rests to reach the bathroom", IQ/dme-wheelchair-02
"walks ~15 feet w/ walker then must sit" and "not resolvable with walker or manual chair").
A walk with no rest, rests on a community outing, or a limitation resolved with the walker say
the walker works.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 3, 24))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Cane/walker: uses a rollator - still needs 2 rests to reach the bathroom.",
        "Walker: needs 3 seated rests to get to the kitchen.",
        "With rollator pt requires multiple rests walking to the bathroom.",
        "Walks ~15 feet w/ walker then must sit.",
        "ambulates 20 ft with rolling walker then has to rest",
        "A/P: mobility limitation not resolvable with walker or manual chair.",
        "Limitation cannot be resolved by a cane or walker.",
        "MRADL deficit not remedied with a rolling walker.",
    ],
)
def test_a_walk_the_device_leaves_broken_is_its_insufficiency(text: str) -> None:
    assert _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walks 200 ft with rollator without rest.",
        "Rollator: no rests needed to reach the bathroom.",
        "Uses rollator in the community, takes 2 rests at the grocery store.",
        "Walks 150 ft with walker then sits to talk with neighbors.",
        "Limitation resolved with a rolling walker.",
        "Mother uses a walker and is fine.",
    ],
)
def test_a_walk_the_device_carries_is_not(text: str) -> None:
    assert not _walker_fails(text)
