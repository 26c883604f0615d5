"""A walker's failure told with "it" after the device, found by blind wave 83
(LG/dme-wheelchair-02).

NCD 280.3 B asks why a cane or walker cannot resolve the mobility limitation. A mobility exam
names the device and then says what happens with "it": "Cane/walker: rolling walker used until
Nov - now falls with it, grip too weak to hold brakes". The patient falls using the walker, so
the walker does not make walking safe; that was read as no statement at all, because the fall
came after the device instead of before it ("falls with walker"). A fall denied ("no falls with
it", "never fell with it"), a fall only feared or risked, a fall without the device, or the
device declined is no such statement.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _walker_fails(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 5, 1))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Cane/walker: rolling walker used until Nov - now falls with it, grip too weak to hold"
        " brakes.",
        "Uses 4WW at home - keeps falling with it.",
        "rollator - pt falls w/ it x2 this month",
        "Walker at home since 2024, has fallen with it twice.",
        "S: Pt reports she fell using it (quad cane) on the stairs.",
        "Hemi-walker: unstable on it, L hand cannot grasp.",
        "Cane used x 1 yr, now falling even with it.",
        "FWW issued 9/2025, fell w/ it 10/2025 and 12/2025",
    ],
)
def test_a_fall_with_the_device_named_before_it_is_its_failure(text: str) -> None:
    assert _walker_fails(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Rolling walker - no falls with it since PT.",
        "Uses walker, not falling with it.",
        "Rolling walker: never fell with it.",
        "Walker helps, no falls since.",
        "Falls without his walker.",
        "Declines to use walker.",
        "Walker at home; fell in the shower in May.",
        "Rollator ordered; if he falls with it, call the clinic.",
        "Walker: fear of falling with it, but safe in clinic.",
        "Cane - at risk of falling with it on stairs per PT.",
    ],
)
def test_a_fall_denied_feared_or_away_from_the_device_is_not(text: str) -> None:
    assert not _walker_fails(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Rollator since 2024 - no longer falls with it.",
        "Rollator 2024 - no longer falls.",
        "Walker: no longer falling since PT.",
        "FWW at home, no longer unsteady.",
        "Cane since 9/2025 - no longer SOB on stairs.",
    ],
)
def test_no_longer_said_of_the_trouble_the_device_cured_is_not_its_failure(text: str) -> None:
    assert not _walker_fails(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Walker no longer sufficient.",
        "Rollator: no longer safe for him, falls even with it.",
        "Cane no longer enough - R leg gives way.",
    ],
)
def test_no_longer_said_of_the_device_is_still_its_failure(text: str) -> None:
    assert _walker_fails(text), text
