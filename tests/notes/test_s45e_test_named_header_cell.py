"""A table's first column headed with a test's name that starts with a digit ("6MWT", "6-minute
walk") is still a header row (blind wave 51, GL/oxygen-02): read as a value, it made the header
row a row of values, so the saturations under "SpO2" named no measure (OXY-001)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _values(text: str, concept: str) -> list[float]:
    found = find_findings([NoteInput("n1", text, dt.date(2026, 3, 9))])
    return [f.value for f in found if f.concept == concept and f.value is not None]


@pytest.mark.parametrize("first", ["6MWT", "6-minute walk", "2-min walk"])
def test_a_walk_tests_name_heading_the_first_column_keeps_the_header(first: str) -> None:
    text = (
        f"{first} | SpO2 | Pulse |\n\n"
        "seated, room air | 95% | 77 |\n\n"
        "hallway, room air | 87% | 110 |"
    )
    assert _values(text, "spo2") == [95, 87]


def test_a_row_of_numbers_is_still_no_header() -> None:
    text = "Activity | SpO2 | Pulse |\n\n6 | 92% | 80 |\n\nwalking | 88% | 101 |"
    assert _values(text, "spo2") == [92, 88]
