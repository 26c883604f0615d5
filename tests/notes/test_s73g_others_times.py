"""A time of use that belongs to a symptom or another device is no oxygen usage (brief s73-g).

"CPAP qhs", "orthopnea 2 pillows qhs", "SOB with exertion", "nocturnal cough" in a visit's plan
were read as the home-oxygen prescription's frequency (treatment-plan|oxygen-use), so OXY-004 was
met with no frequency of the oxygen's written. The item the time closes says whose time it is
(smartapp/notes/others_times.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _uses(text: str) -> list[str]:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 10, 5))])
    return [f.text for f in found if f.concept == "oxygen-use" and not f.negated]


OTHERS = [
    # another device's schedule
    "Cont CPAP qhs.",
    "OSA - CPAP nightly.",
    "BiPAP at night.",
    "Pt uses CPAP qhs with good adherence.",
    # a symptom's time
    "Orthopnea 2 pillows qhs.",
    "Orthopnea, sleeps on 3 pillows at night.",
    "Paroxysmal nocturnal dyspnea.",
    "Nocturnal cough.",
    "Dyspnea with exertion.",
    "SOB with exertion.",
    "SOB at rest.",
    "Dyspnea at rest and with activity.",
    "Coughing at night.",
    "Leg cramps at night.",
    "Nocturia x3 nightly.",
    "Snoring nightly per wife.",
    "Chest tightness with exertion.",
    "Exertional dyspnea.",
    # a finding or a test
    "Desats at night.",
    "Nocturnal hypoxemia on oximetry.",
    "Desaturation during sleep to 84%.",
    "O2 sat drops to 86% with exertion.",
    "Exertional desaturation to 85%.",
]


@pytest.mark.parametrize("text", OTHERS)
def test_a_symptom_s_or_another_device_s_time_is_no_oxygen_use(text: str) -> None:
    assert not _uses(text)


OXYGEN_S = [
    "Use at night.",
    "Use with exertion and sleep.",
    "Wear qhs and with exertion.",
    "O2 bled into CPAP qhs.",
    "Uses with CPAP at night.",
    "O2 2 L for SOB with exertion.",
    "O2 2L NC for dyspnea at rest.",
    "Home O2 2 LPM, qhs",
    "Nocturnal O2 2 L/min.",
    "Frequency: qhs",
]


@pytest.mark.parametrize("text", OXYGEN_S)
def test_the_oxygen_s_own_time_is_its_use(text: str) -> None:
    assert _uses(text)
