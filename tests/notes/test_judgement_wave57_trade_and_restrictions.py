"""A work-rehab note's return-to-work goal named by the trade's own work, and a work status told
by the limits the worker is held to (blind wave 57). "Get back to framing by January" is the way
back to the job as "get back to work" is; a pastime, a place of care or a return already made is
none. "Currently restricted no overhead, 10 lb" is the worker's status; a joint's restricted
motion or a restricted diet is none."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _found(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 11, 20))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: work conditioning 4 h/d x 3 wks to get back to roofing by March.",
        "Goal: return to welding full shifts by 3/1.",
        "Program so he can resume his route (parcel driver) in 6 wks.",
        "Aim is getting back to bricklaying by spring.",
        "Hopes to return to truck driving after the program.",
        "Goal: full days of drywall by 1/20.",
        "Work hardening 3 d/wk, back to work 1/5.",
        "Return to the assembly line by March.",
        "She wants to go back to patient care on the unit.",
        "Target is to get back to her trade as an electrician.",
    ],
)
def test_the_way_back_to_a_trade_is_a_return_to_work_goal(text: str) -> None:
    assert _found(text, "rtw-goal")


@pytest.mark.parametrize(
    "text",
    [
        "He went back to roofing in March.",
        "Is back to work as of 10/1.",
        "Wants to get back to walking 2 miles.",
        "Goal to return to running.",
        "Get back to golf by summer.",
        "Return to nursing home after rehab.",
        "Return to clinic in 2 weeks.",
        "Returned to welding last year.",
        "Drives a truck for a freight company.",
    ],
)
def test_no_way_back_to_a_trade(text: str) -> None:
    assert not _found(text, "rtw-goal")


@pytest.mark.parametrize(
    "text",
    [
        "Currently restricted no overhead, 15 lb.",
        "He is restricted to sedentary work until 12/15.",
        "Remains restricted to 20 lbs lifting.",
        "Restricted from overhead work and ladders.",
        "On limited duty at the plant.",
        "Working modified work, 4 h shifts.",
        "Light-duty status since 10/30.",
        "Lifting restriction 25 lb per employer.",
        "Work: TPD, answering phones.",
    ],
)
def test_the_limits_a_worker_is_held_to_are_a_work_status(text: str) -> None:
    assert _found(text, "work-status")


@pytest.mark.parametrize(
    "text",
    [
        "L shoulder flexion restricted to 120 deg.",
        "AROM restricted and painful.",
        "Restricted diet for diabetes.",
        "ROM restricted overhead with pain.",
        "Fluid restricted to 1.5 L.",
        "Limited duty not available at the plant.",
        "Light-duty unavailable per HR.",
    ],
)
def test_restricted_motion_or_diet_is_no_work_status(text: str) -> None:
    assert not _found(text, "work-status")
