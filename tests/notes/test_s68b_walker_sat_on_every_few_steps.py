"""A cane or walker the patient has to sit or rest on every few steps is a device that does not
suffice (NCD 280.3 B; brief s68-b, blind wave 72: JL/dme-wheelchair-01 "Has a rollator since 2024 -
sits on it every few steps"). WHC-003 read rests counted on the way to a room and a sit-down after
a few feet, not a rest repeated at every few steps. A rest every 100 ft or every few blocks, a rest
denied, or no rest at all says the device carries the patient.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 2, 4))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Has a rollator since 2024 - sits on it every few steps.",
        "Rollator: has to sit down every 10 ft.",
        "walker, stops to rest every few steps",
        "w/ 4WW needs to sit q 10-15 ft",
        "Has to rest every couple of steps with her walker.",
        "O: gait w/ FWW, pauses every 5 steps, SOB.",
        "rolator at home but sits every few feet on the rollator seat",
        "Pt sits q 20' on her rollator.",
    ],
)
def test_a_device_sat_on_every_few_steps(text: str) -> None:
    assert _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rollator, no rests needed.",
        "Rests on rollator seat every 100 ft.",
        "Walker: sits to rest every few blocks in the community.",
        "Uses rollator, ambulates 300 ft without rest.",
        "Rollator works well; does not need to sit every few steps anymore.",
        "Walker: no longer stops every few steps.",
        "Husband uses a rollator and sits every few steps.",
        "Rollator; rests every few minutes at the mall.",
    ],
)
def test_a_device_that_carries_the_walk_is_not(text: str) -> None:
    assert not _walker_fails(text)
