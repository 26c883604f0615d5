"""A cane or walker tried and found to carry the patient too short a way, to leave her a fall
risk, or to end the walk in pain (brief s70-b, blind wave 75, KB/dme-wheelchair-02; WHC-003
under NCD 280.3 B: why a cane or walker cannot resolve the limitation).

The face-to-face exam read "Cane/walker: tried both - distances too short, fall risk" and "walks
~10 ft with walker, then knees/hips too painful": WHC-003 read the trial's poor result only as
falls, "unsafe", "unable" or a limit, and the stop only as "pain", not "painful".

Near misses stay out: a walker's height that is too short, a fall risk denied or low, a bare
risk label, a device only tried, a trial planned, another person's walker, a pain denied.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/k2", text, dt.date(2026, 7, 7))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Cane/walker: tried both - distances too short, fall risk.",
        "Walker tried x 3 wks: distance too short to reach the bathroom.",
        "Tried rollator at home - too short a distance for her to get to the kitchen.",
        "Rollator trialed by PT, still high fall risk.",
        "Tried SPC and FWW, remains a fall risk.",
        "Walker trial: distances too short, falls risk.",
        "CANE/WALKER TRIED - DISTANCES TOO SHORT",
        "tried walker but fall risk remains high",
        "Mobility hx: walks ~10 ft with walker, then knees/hips too painful.",
        "amb 15 ft w/ RW then too painful to continue",
    ],
)
def test_a_trial_too_short_a_fall_risk_or_painful(text: str) -> None:
    assert _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tried walker - no fall risk noted.",
        "Walker tried, fall risk low.",
        "Tried walker, low fall risk.",
        "Walker too short for her - handles raised, tried again and walks 200 ft.",
        "Tried a cane.",
        "Fall risk education given; uses walker.",
        "Walker - falls risk.",
        "Her husband tried a walker - distances too short.",
        "Will try a walker; if distances too short, consider a chair.",
        "Walks 10 ft with walker, then not painful at all.",
        "Tried walker: distance not too short, no fall risk.",
    ],
)
def test_a_height_a_low_or_denied_risk_a_plan_or_another_person(text: str) -> None:
    assert not _walker_fails(text)
