""" "Unable to reach" a person, an office or a goal is no arm that cannot reach (brief s65-i,
the lead's example "f/u with RW (NP), unable to reach daughter"; in the corpus "supplier called -
unable to reach pt for home visit", "Unable to reach 10% goal", "cannot reach 85% MPHR"). The
telephone or the target missed is not a reaching or daily-activity limit; a shelf, the back, the
bathroom still are. Nor is a word that only begins like an activity ("caregiver", "cardiac"
read as "car").
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_LIMITS = {"reaching-limitation", "activity-limitation"}


def _reach_limit(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/r1", text, dt.date(2026, 2, 24))])
    return any(
        f.category == "functional-deficits" and f.concept in _LIMITS and f.asserted for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Unable to reach daughter.",
        "Phone note: supplier called - unable to reach pt for home visit, will retry.",
        "Called x2, unable to reach patient; left VM.",
        "Unable to reach 10% goal despite good adherence.",
        "Cannot reach 85% MPHR on treadmill.",
        "unable to reach the pharmacy by phone",
        "Could not reach him today.",
        "RN unable to reach caregiver re: appointment.",
        # A word that only begins like "car" is no car to get into.
        "Difficulty finding a caregiver.",
        "Limited cardiac reserve.",
        "Trouble affording carbidopa.",
    ],
)
def test_a_person_or_goal_not_reached_is_no_limit(text: str) -> None:
    assert not _reach_limit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unable to reach overhead cabinet.",
        "unable to reach her back to wash",
        "Cannot reach top shelf with R arm.",
        "cannot reach bathroom from bedroom (40 ft)",
        "Unable to reach behind back or fasten bra.",
        "difficulty reaching overhead",
        "Unable to reach her feet to put on socks.",
        "can't get in/out of the car",
        "Unable to get out of cars without help.",
    ],
)
def test_an_arm_or_room_not_reached_is_still_a_limit(text: str) -> None:
    assert _reach_limit(text)
