"""A BMI trend's arrow ends at the later value (brief s83-cant).

A dietitian's "(BMI 37.2 -> 34.6), plateaued", with nothing else on file, met BAR-001 with the
37.2: the first number after the name was read, and only a turn to today ("-> 34.6 today") gave
the later one. Once BAR-001 judges the newest BMI (brief s82-bmi), the end of an arrow is the
latest value the statement gives. A goal after the arrow is none ("BMI 41 -> goal 35"); a time
word still decides where there is one.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.current_values import current_value
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _bmis(text: str) -> list[float]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 10, 12))]
    return [f.value for f in find_findings(notes) if f.concept == "bmi" and f.asserted]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Dietitian: 6 monthly visits done (BMI 37.2 -> 34.6), plateaued.", 34.6),
        ("BMI 41 \u2192 38.4 over 6 months of supervised diet.", 38.4),
        ("BMI 44 => 39.1 with the program.", 39.1),
        ("BMI trend: 47.8 (4 mo ago) -> 46.9 (today)", 46.9),
        ("BMI 36.2 last summer, today 34.9", 34.9),
    ],
)
def test_the_end_of_a_trend_is_its_value(text: str, value: float) -> None:
    assert _bmis(text) == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("BMI 41 -> goal 35 with the program.", 41.0),
        ("BMI 41 -> 35 (goal) by surgery.", 41.0),
        ("BMI 38 today, was 41 last summer.", 38.0),
        ("BMI 42 (today).", 42.0),
    ],
)
def test_a_goal_or_an_earlier_value_after_it_is_no_later_reading(text: str, value: float) -> None:
    assert _bmis(text) == [value]


def test_a_bare_arrow_is_no_value_of_the_visit_for_dating() -> None:
    """reading_times asks only for a value told as the visit's: "BMI 40 -> 36 in 2024" may
    still be dated by its statement."""
    text = "BMI 40 -> 36 in 2024"
    end = text.index("BMI") + 3
    assert current_value(text, end, len(text)) == 36.0
    assert current_value(text, end, len(text), trend=False) is None
