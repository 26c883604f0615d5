"""A table flattened to one line keeps each cell's conditions to its own reading.

An oximetry walk charted as a table ("Walk RA lowest 86% at 3 min | Walk on 3 L NC 92%") was
read as a walk on oxygen: the clause of the room-air nadir ran on into the next cell, whose
oxygen is the titration's (blind wave 54, GW/oxygen-01). LCD L33797 asks for the room-air test;
the titration on oxygen beside it does not undo it.
"""

from __future__ import annotations

from smartapp.checklists.room_air import note_reading_on_oxygen

from .test_judgement_wave21_oxygen_before_reading import _oxy_status

_TABLE = "Rest RA SpO2 92% | Walk RA lowest 86% at 3 min | Walk on 3 L NC 92%, 310 m"


def test_a_cell_on_room_air_is_not_read_on_the_next_cells_oxygen() -> None:
    assert not note_reading_on_oxygen(_TABLE, "lowest")


def test_the_cell_on_oxygen_still_is() -> None:
    assert note_reading_on_oxygen("Walk RA 90% | Walk on 3 L NC SpO2 92%", "SpO2")


def test_oxy_001_is_met_by_the_room_air_cell() -> None:
    assert _oxy_status(f"EXERCISE OXIMETRY 7/14/2026\n{_TABLE}\nReviewed by ordering MD.") == "met"
