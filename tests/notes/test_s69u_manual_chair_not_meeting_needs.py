"""A manual chair that tired the patient after a few feet or will not meet her needs (wave 76).

KE/wchair-02: "Tried one-arm-drive manual chair in clinic: fatigued after 10 ft, veering. Manual
w/c will not meet needs." read as no manual chair shown insufficient (WHC-004, LCD L33789
criterion C): the rule read "fatigues after 10 ft" but not "fatigued", and the judgement had no
word for needs unmet. A chair that meets her needs, a long push without fatigue, or a power chair
judged are none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _manual_chair_fails(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text, date(2026, 4, 2))])
    return any(f.concept == "manual-chair-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Tried one-arm-drive manual chair in clinic: fatigued after 10 ft, veering.",
        "Manual w/c will not meet needs.",
        "Manual chair trial: tired after 15 ft.",
        "MWC stopped after only 20 ft, R shoulder pain.",
        "A manual wheelchair does not meet her mobility needs in the home.",
        "Manual wc won't meet his needs - hemiplegic.",
        "manual chair: exhausted after 12 feet",
        "Manual chair would not meet the patient's needs (UE 2/5).",
    ],
)
def test_a_manual_chair_that_tires_or_falls_short_is_insufficient(text: str) -> None:
    assert _manual_chair_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Manual chair meets her needs at home.",
        "Manual wc: no fatigue after 200 ft.",
        "Power chair will not meet needs; manual chair works.",
        "Will try a manual chair next visit.",
    ],
)
def test_a_chair_that_serves_or_another_device_is_not(text: str) -> None:
    assert not _manual_chair_fails(text)
