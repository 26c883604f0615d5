"""A cane or walker used and still failing, in the orders real notes write it (brief s69-k,
blind wave 74; WHC-003 under NCD 280.3 B: is the limitation resolved by a cane or walker?).

- The desaturation or the forced sit told before the device, on a short walk with it ("Sats
  dipped to 86 walking the hall (60 ft) with his rollator and he had to sit": JU/dme-wheelchair-01).
  WHC-003 read the drop only after the device ("Walker: desats at 25 ft").
- The device tried and the limit named after the trial ("Cane and rollator tried for 1 yr --
  endurance, not balance, is the limit": JU/dme-wheelchair-01). WHC-003 read the limit only after
  "tried" written before the device ("tried a cane - still limited").
- A short walk with the device and the patient tripping or losing balance ("Walks 20 ft w/
  walker, frequent trips": JW/wheelchair-03). WHC-003 read falls, not trips.

Near misses stay out: a result denied, a long walk, a plan or a maybe, another person, a walk
without the device, a trip that is an outing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/k1", text, dt.date(2026, 4, 2))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Sats dipped to 86 walking the hall (60 ft) with his rollator and he had to sit.",
        "SpO2 dropped to 84% ambulating 40 ft w/ 4WW, had to stop.",
        "desats to 85 walking to the kitchen with her walker and has to sit down",
        "O2 sat fell into the low 80s walking 50' with rollator.",
        "Pt desaturated to 83% amb 30 ft with FWW, needed to sit",
        "S: sats drop to 87 when he walks ~25 ft using his rollator, must stop and rest.",
        "DESATS TO 82% WALKING 15 FT WITH WALKER",
        "Desatted to 86% walking the hallway with a rollator and had to sit.",
        "sats dropped to 85 ambulatng 8 m w/ RW",
    ],
)
def test_a_drop_told_before_the_device_on_a_short_walk(text: str) -> None:
    assert _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "No desats walking 60 ft with his rollator; did not need to sit.",
        "Sats stayed 94% walking the hall (60 ft) with his rollator.",
        "Sats dipped to 86 walking 300 ft with rollator.",
        "Sats dipped to 88 walking 300 ft with rollator and he had to sit.",
        "Will recheck sats walking 50 ft with rollator.",
        "If sats drop to 85 walking 40 ft with rollator, she should sit.",
        "Sats dipped to 86 walking 40 ft without his rollator and he had to sit.",
        "Sats dropped to 86 walking 40 ft w/o walker, had to sit.",
        "His wife desats to 85 walking 40 ft with her rollator and has to sit.",
    ],
)
def test_a_drop_denied_long_planned_or_without_the_device_is_not(text: str) -> None:
    assert not _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cane and rollator tried for 1 yr -- endurance, not balance, is the limit.",
        "Quad cane tried since 2024, pain is still the limit.",
        "FWW trialed in PT x 8 wks -- weakness remains limiting.",
        "4WW trialled at home x3 mo, near-falls at 20 ft.",
        "Cane, then walker tried over the past year -- fatigue remains the limit.",
        "cane and FWW tried for 9 mos - pain, not strength, limits him",
        "CANE/ROLLATOR TRIED X1 YR - ENDURANCE IS THE LIMIT",
        "Rollator tried for 6 months, dyspnea limits him to 30 ft.",
    ],
)
def test_a_device_tried_and_its_limit_after(text: str) -> None:
    assert _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Cane tried for 1 yr -- no limits, walks community distances.",
        "Walker tried in clinic, gait within normal limits.",
        "Walker not tried yet, endurance is the limit.",
        "Cane tried for 1 yr, now walks without limits.",
        "Rollator tried last year and never limited since.",
        "Rollator might be tried if endurance limits walking.",
        "Her husband's cane was tried for a year and endurance is his limit.",
    ],
)
def test_a_trial_that_worked_or_was_not_made_is_not(text: str) -> None:
    assert not _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walks 20 ft w/ walker, frequent trips; legs 3/5.",
        "Amb 30 ft with FWW, stumbles x2.",
        "walked 15' with rollator and tripped on the rug",
        "Gait: 25 feet w/ 4WW - loses balance turning.",
        "10 ft with a quad cane then stumbling, CGA to recover",
        "ambulates 40 ft with walker, tripping over his feet",
        "walks 20ft w/ walker, freq trips",
        "walks 30 ft with cane then loss of balance",
        "WALKS 12 FT W/ RW, FREQUENT STUMBLES",
    ],
)
def test_a_short_walk_with_the_device_and_trips(text: str) -> None:
    assert _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walks 20 ft w/ walker, no trips or stumbles.",
        "Walks 40 ft with walker on short trips to the mailbox.",
        "Walks 300 ft w/ walker, occasional trips.",
        "Walks 20 ft w/ walker without tripping.",
        "Walks 20 ft w/o walker, frequent trips.",
        "Walks 20 ft without his cane, stumbles.",
        "Uses walker independently at home, walker helps.",
        "Walks 30 ft with walker, 2 trips/day to the mailbox.",
    ],
)
def test_a_walk_without_trips_or_without_the_device_is_not(text: str) -> None:
    assert not _walker_fails(text)
