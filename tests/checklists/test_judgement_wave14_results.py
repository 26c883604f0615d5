"""Results read wrong, found by blind wave 14 (g2): an ambulatory oximetry table printed under a
medication list, whose rows were cut at their first cell's comma, and a desaturation written
"desat to 85%". Each test names the class of record scored wrong."""

from __future__ import annotations

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.segments import segment

from .test_judgement import _note, record, status

_TABLE = (
    "Medications:\ntiotropium inhaler - Sig: 2 puffs daily\nalbuterol HFA\n\n"
    "Ambulatory Oximetry (performed in clinic today)\n\n"
    "Condition | SpO2 | HR |\n\n"
    "Rest, room air | 93 % | 78 |\n\n"
    "Ambulation, room air (3 min) | {walk} % | 104 |\n\n"
    "Ambulation on O2 2 L/min | 92 % | 98 |\n"
)


def _spo2(text: str) -> list[tuple[float | None, str]]:
    return [
        (f.value, f.snippet)
        for f in find_findings([NoteInput("D/1", text)])
        if f.concept == "spo2" and f.asserted
    ]


def test_a_table_row_under_a_list_section_is_one_statement():
    rows = [s.text for s in segment(_TABLE.format(walk=85))]
    assert "Ambulation, room air (3 min) | 85 % | 104 |" in rows
    assert "Rest, room air | 93 % | 78 |" in rows
    # A list's own items are still cut at their commas.
    items = [s.text for s in segment("Medications:\nlisinopril 10 mg, metformin 500 mg BID\n")]
    assert items == ["lisinopril 10 mg", "metformin 500 mg BID"]


def test_a_table_cell_under_a_list_section_keeps_its_column_and_its_row():
    found = _spo2(_TABLE.format(walk=85))
    assert (85.0, "Ambulation, room air (3 min) | 85 % | 104 |") in found
    assert (93.0, "Rest, room air | 93 % | 78 |") in found


def test_desat_to_is_a_saturation_reading():
    assert (85.0, "Emphysema with exertional hypoxemia - desat to 85% RA w/ ambulation.") in _spo2(
        "Emphysema with exertional hypoxemia - desat to 85% RA w/ ambulation."
    )
    assert [v for v, _ in _spo2("Walked 6 min, desats to 86% on RA.")] == [86.0]
    # A threshold is no reading; a denied desaturation is none either.
    assert [v for v, _ in _spo2("Did not desat to below 90% with walking.")] == []


def _oxygen(walk: int) -> dict:
    note = _note("n1", "2026-02-24T10:00:00Z", _TABLE.format(walk=walk))
    return record("E0431", note, reason="J43.9", order_type="DeviceRequest")


def test_an_exercise_desaturation_in_a_table_under_the_medications_qualifies():
    assert status(_oxygen(85), "OXY-001")["status"] == "met"
    assert status(_oxygen(91), "OXY-001")["status"] == "missing"
