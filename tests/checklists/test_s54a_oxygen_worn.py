"""A saturation taken while the patient wore oxygen is no room-air test (LCD L33797, NCD 240.2:
a qualifying test is taken on room air), however the note says the oxygen was on: 'while
wearing 2 L borrowed from neighbor' (blind wave 60, HU/oxygen-02), 'using her 3 L
concentrator', 'via nasal cannula', 'receiving 2 L/min', '@ 2 lpm'. A reading on room air, or
oxygen named only for a later reading, leaves the reading a room-air one."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.room_air import note_reading_on_oxygen
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _oxy_status(visit: str) -> str:
    bundle = record(
        "E1392",
        _note("n1", "2026-09-02", visit),
        reason="J44.9",
        order_type="DeviceRequest",
        order={"authoredOn": "2026-09-02", "occurrenceDateTime": "2026-09-10"},
    )
    report = score_bundle(bundle, as_of=date(2026, 9, 4))
    return {i["id"]: i for i in report["items"]}["OXY-001"]["status"]


@pytest.mark.parametrize(
    ("snippet", "target"),
    [
        ("Hall walk sat 85% while wearing 3 L from his neighbor's tank", "sat"),
        ("Ambulatory SpO2 86% using her 2 L concentrator", "SpO2"),
        ("SpO2 87% via nasal cannula with stairs", "SpO2"),
        ("sats 84% while receiving 2 L/min", "sats"),
        ("walking SpO2 86% @ 2 lpm", "SpO2"),
        ("SpO2 85% at 3 L/min during 6MWT", "SpO2"),
        ("SpO2 86% breathing 2 L", "SpO2"),
        ("O2 sat 86% wearing his home O2", "O2 sat"),
    ],
)
def test_a_reading_with_the_oxygen_on(snippet: str, target: str) -> None:
    assert note_reading_on_oxygen(snippet, target)


@pytest.mark.parametrize(
    ("snippet", "target"),
    [
        ("SpO2 85% at 3 min of walking", "SpO2"),
        ("SpO2 86% at 200 ft, RA", "SpO2"),
        ("SpO2 86% RA; placed on 2 L with improvement to 93%", "SpO2"),
        ("SpO2 86% at rest, 93% using 2 L", "SpO2"),
    ],
)
def test_a_room_air_reading_stays_one(snippet: str, target: str) -> None:
    assert not note_reading_on_oxygen(snippet, target)


def test_an_exertional_reading_with_oxygen_worn_does_not_qualify() -> None:
    visit = (
        "A/P: COPD. SpO2 91% RA at rest. Walk test sat 85% but pt was wearing his daughter's "
        "2 L concentrator. No edema. Plan: portable O2."
    )
    assert _oxy_status(visit) != "met"
