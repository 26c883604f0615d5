"""A walker tried and shown insufficient by a short limit or falls from it (brief s77-side, blind
wave 91, ML/wheelchair-03; WHC-003 under NCD 280.3 B: can a cane or walker resolve the
limitation?).

- The inability to walk beyond a short distance with it: "he can no longer walk w/ posterior
  walker more than ~20 ft at home"; the existing rules read "only 20 ft with walker" and "can't
  walk more than a few steps with a walker".
- Falls from or off it: "falls from walker 1-2x/wk"; the rules read "falls with walker".
- Its use bounded to a household's distances: "rollator - limited to household distances".

Near misses stay unmet: a long walk, no falls, a walker only recommended, someone else's walker,
falls without the device, a walk without it, a use bounded to a place.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/k1", text, dt.date(2026, 9, 3))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mom reports he can no longer walk w/ posterior walker more than ~20 ft at home; needs "
        "help to get to bathroom; falls from walker 1-2x/wk.",
        "he can no longer walk w/ posterior walker more than ~20 ft at home",
        "unable to ambulate > 15 ft with rollator",
        "can't walk past 10 m using her walker",
        "Cannot walk more than 30 feet with the FWW.",
        "falls from walker 1-2x/wk.",
        "fell off her rollator twice last month",
        "keeps falling off his walker",
        "rollator - limited to household distances",
        "walker: limited to ~20 ft",
        "limited to short distances with FWW",
        "ambulates 20 ft with RW before fatigue",
        "falls weekly despite walker",
        "cannot safely use cane/walker d/t ataxia",
    ],
)
def test_a_walker_bounded_short_or_fallen_from(text: str) -> None:
    assert _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "walks 300 ft with walker, no falls",
        "cannot walk more than 300 ft with walker",
        "unable to walk more than 20 ft without walker",
        "walks more than 20 ft with walker",
        "no falls from walker",
        "fear of falling off the walker",
        "risk of falls from rollator",
        "walker use limited to outdoors",
        "rollator not limited to household distances",
        "Walker recommended.",
        "Walker recommended; may be limited to household distances.",
        "Spouse uses a walker and falls from it.",
        "His wife can't walk more than 20 ft with her walker.",
        "Falls 2x/month at home.",
        "Walker ordered today; falls at home 2x/month.",
        "Unable to walk more than 20 ft; walker recommended.",
    ],
)
def test_a_long_walk_no_fall_a_plan_or_anothers_walker_is_not(text: str) -> None:
    assert not _walker_fails(text)
