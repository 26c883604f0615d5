"""A number told with a time unit is when a measure was read, never its value (brief s74-k).

A walk test's "SpO2 at 6 min 86%" was read as a saturation of 6 and "SpO2 at 3 min: 86%" as 3:
"at" may lead a value ("BMI at 38"), so the time after it was taken for the reading. A
saturation of 6 qualifies home oxygen (LCD L33797: at or below 88%) whatever the real value.
The value is the number after the time; a time with no number after it gives none. The
other measures read from notes (AHI, REI, events, BMI, pain scores) are read the same way.
"""

from __future__ import annotations

import re

import pytest

from smartapp.notes.measure_values import measure_value, said_ago, starts_change


def _value(text: str, name: str) -> float | None:
    found = re.search(re.escape(name), text)
    assert found is not None
    return measure_value(text, found.end(), len(text), found.start())


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        ("6MWT on room air: SpO2 at 6 min 86%", "SpO2", 86),
        ("SpO2 at 3 min: 86%", "SpO2", 86),
        ("SpO2 at 6 min 93% on RA", "SpO2", 93),
        ("SpO2 at 3 minutes 91%", "SpO2", 91),
        ("SpO2 after 10 sec 94%", "SpO2", 94),
        ("SpO2 x 6 min 95%", "SpO2", 95),
        ("sats @ 4 min 85%", "sats", 85),
        ("SpO2 at 2 hrs 95%", "SpO2", 95),
        ("SpO2 at 6 min = 90%", "SpO2", 90),
        ("nadir at 4 min 85%", "nadir", 85),
        ("AHI at 2 hrs 18/hr", "AHI", 18),
        ("BMI at 6 months 38.2", "BMI", 38.2),
    ],
)
def test_the_value_is_the_number_after_the_time(text: str, name: str, value: float) -> None:
    assert _value(text, name) == value


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SpO2 at 6 min", "SpO2"),
        ("SpO2 at 6 minutes, then rest", "SpO2"),
        ("SpO2 6 min into the walk", "SpO2"),
        ("SpO2 at 2 hrs 3 days", "SpO2"),
        ("AHI at 2 hrs", "AHI"),
        ("pain score at 3 days post block", "pain score"),
        ("BMI at 6 months", "BMI"),
    ],
)
def test_a_time_with_no_value_after_it_is_none(text: str, name: str) -> None:
    assert _value(text, name) is None


@pytest.mark.parametrize(
    ("text", "name", "value"),
    [
        # The measure's own number first: the time after it is when, as before.
        ("SpO2 86% at 6 min on RA", "SpO2", 86),
        ("sats 86 % at 6 min", "sats", 86),
        ("nadir 85% at 4 min", "nadir", 85),
        ("SpO2 (room air) 86% at 6 min", "SpO2", 86),
        ("SpO2 <88% for 42 min", "SpO2", 88),
        ("AHI 32.4/hr over 6 hrs of sleep", "AHI", 32.4),
        ("events 312 in 6.5 hrs", "events", 312),
        ("BMI 41 at 6 months", "BMI", 41),
        ("BMI at 38", "BMI", 38),
    ],
)
def test_the_measures_own_number_is_unchanged(text: str, name: str, value: float) -> None:
    assert _value(text, name) == value


def test_a_threshold_under_five_minutes_is_still_none() -> None:
    assert _value("SpO2 <88% x 3 min", "SpO2") is None


def test_a_change_and_an_age_read_past_the_time() -> None:
    text = "BMI at 6 months 38.2 -> 36.0"
    assert starts_change(text, text.index("BMI") + 3)
    text = "BMI at 6 months 41 recorded ~18 months ago"
    assert said_ago(text, text.index("BMI") + 3) == 540
