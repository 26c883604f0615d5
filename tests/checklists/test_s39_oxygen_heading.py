"""Oxygen named in a heading's brackets sets the conditions of the reading after it (wave 40).

"Clinic check (on 3 L home concentrator from discharge): SpO2 87%" was read on oxygen: the
heading says so, though its oxygen stands more than a few words before the measure. LCD L33797
asks for a room-air test; a reading the same line gives on room air keeps its own conditions.
"""

from __future__ import annotations

from datetime import date

from smartapp.checklists.room_air import note_reading_on_oxygen
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def test_a_bracketed_heading_on_oxygen_conditions_the_reading() -> None:
    said = "Clinic check (on 3 L home concentrator from discharge): SpO2 87% at rest."
    assert note_reading_on_oxygen(said, "SpO2")


def test_a_room_air_reading_after_it_is_its_own() -> None:
    said = (
        "Clinic check (on 3 L home concentrator from discharge): SpO2 87%, "
        "off O2 x 15 min on RA SpO2 91%."
    )
    assert not note_reading_on_oxygen(said, "SpO2", said.rfind("SpO2"))


def test_oxy_001_is_not_met_by_the_reading_on_oxygen() -> None:
    visit = (
        "PULM F/U\nO: Clinic check (on 3 L home concentrator from discharge): SpO2 87% "
        "at rest. No LE edema."
    )
    bundle = record(
        "E1390",
        _note("n1", "2026-07-14", visit),
        reason="J96.11",
        order_type="DeviceRequest",
        order={"authoredOn": "2026-07-14", "occurrenceDateTime": "2026-07-24"},
    )
    report = score_bundle(bundle, as_of=date(2026, 7, 21))
    assert {i["id"]: i for i in report["items"]}["OXY-001"]["status"] != "met"
