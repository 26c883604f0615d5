"""Blind wave 59: rising from a seat by pushing off, and an everyday activity held to minutes.

HP/spine-03: "can't get up from the couch without pushing off", "stops gardening after 10 min"
named no functional limit (SPS-005): the seat (couch, sofa, recliner, low seat) was not among
the things an inability governs, pushing off was not pushing up, and a chore given up after a
few minutes was no limit. Exercise done for a time, or a drug or habit stopped, stays unread.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> list:
    found = find_findings([NoteInput("DocumentReference/n5", text, date(2026, 2, 1))])
    return [f for f in found if f.category == "functional-deficits" and not f.negated]


@pytest.mark.parametrize(
    "text",
    [
        "Unable to get up off the sofa without help.",
        "Trouble rising from low seats.",
        "Needs to push off the armrests to stand.",
        "Gets out of the recliner only by pushing off with both hands.",
        "Quits vacuuming after 5 min because of the back.",
        "Has to stop mowing after 15 minutes.",
        "Can only garden 10 min at a time.",
        "Housework limited to 20 min.",
        "Cooks for 10 min then has to sit down.",
    ],
)
def test_the_limit_is_read(text: str) -> None:
    assert _limits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gardens 2 hours most mornings.",
        "Stopped smoking 10 years ago.",
        "Stopped meloxicam after 10 days (dyspepsia).",
        "Gait: weak push-off on the R.",
        "Denies difficulty getting up from the couch.",
    ],
)
def test_no_limit_is_read(text: str) -> None:
    assert not _limits(text)
