"""A measure's value with the word for when between ("BMI today 41.2", "BMI trend: 44 -> 43"),
read as a BMI with no value before (phrasing grid s44, BAR-001).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _bmi(text: str) -> list[float | None]:
    found = find_findings([NoteInput("DocumentReference/b1", text, dt.date(2026, 4, 6))])
    return [f.value for f in found if f.concept == "bmi" and f.asserted]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("BMI today 41.2, up 1 since spring.", 41.2),
        ("BMI now: 38.5", 38.5),
        # The trend's value of this visit decides (current_values.py, brief s76-misc).
        ("BMI trend: 44.1 (last fall) -> 43.0 (this visit)", 43.0),
    ],
)
def test_a_when_word_between_measure_and_value(text: str, value: float) -> None:
    assert _bmi(text) == [value]


def test_a_when_word_with_no_number_after_it_gives_no_value() -> None:
    assert not [v for v in _bmi("BMI now pending, scale out of order.") if v is not None]
