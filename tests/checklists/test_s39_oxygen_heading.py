"""Oxygen named in a heading's brackets sets the conditions of the reading after it (wave 40).

"Clinic check (on 3 L home concentrator from discharge): SpO2 87%" was read on oxygen: the
heading says so, though its oxygen stands more than a few words before the measure. LCD L33797
asks for a room-air test; a reading the same line gives on room air keeps its own conditions.
"""

from __future__ import annotations

from smartapp.checklists.room_air import note_reading_on_oxygen

from .test_judgement_wave21_oxygen_before_reading import _oxy_status


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
    assert _oxy_status(visit) != "met"
