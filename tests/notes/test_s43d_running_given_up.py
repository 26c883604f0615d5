"""Giving up only running or jogging is the same activity modification as avoiding it (a knee or
hip often never regains those high demands): "stopped running" beside "independent, walks 2
miles" is no limit on daily life (blind wave 48, FZ/hip-arthroplasty-02). Giving up daily life
still is.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _found(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/s43", text)])
    return any(f.asserted for f in found if f.concept == concept)


@pytest.mark.parametrize(
    "text",
    [
        "L hip ache 3/10 after long runs; stopped running. Hikes on weekends, no device.",
        "Quit jogging in May. Independent with all ADLs.",
        "Has given up sprints; gave up running and jumping.",
        "She stopped running since spring.",
    ],
)
def test_giving_up_only_running_is_no_activity_limit(text: str) -> None:
    assert not _found(text, "activity-limitation"), text


@pytest.mark.parametrize(
    "text",
    [
        "Stopped walking to the mailbox because the hip gives out.",
        "Had to stop gardening this year.",
        "Knee aches on stairs; she quit her yoga class in March.",
        "Can't run for the bus anymore.",
    ],
)
def test_daily_life_given_up_still_is_a_limit(text: str) -> None:
    assert _found(text, "activity-limitation"), text
