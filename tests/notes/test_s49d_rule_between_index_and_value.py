"""A sleep index with its hypopnea scoring rule written between its name and its value (s49-d).

"REI (4% desaturation rule) 4.6/h", "AHI (AASM 3% rule): 11.2" and "RDI [3% criteria] 14" gave
no value: the bracket carried words beside the rule, or was square. The value after the bracket
is the index's, and the rule stays readable for the 3%-rule set-aside (LCD L33718 scores a
hypopnea with a 4% desaturation). The rule's own percentage is no value, nor a nadir after it.
"""

from __future__ import annotations

import pytest

from smartapp.notes.measure_values import hypopnea_rule, measure_value


def _read(text: str, name: str) -> tuple[float | None, int | None]:
    at = text.index(name)
    end = at + len(name)
    return measure_value(text, end, len(text), at), hypopnea_rule(text, at, end)


@pytest.mark.parametrize(
    ("text", "name", "value", "rule"),
    [
        ("Home test: REI (4% desaturation rule) 3.8/h over 6.9 h.", "REI", 3.8, 4),
        ("Diagnostic PSG - AHI (AASM 3% rule): 12.6, supine-predominant.", "AHI", 12.6, 3),
        ("RDI [3% criteria] 17 events/h", "RDI", 17.0, 3),
        ("REI [4% rule]: 7.4/h", "REI", 7.4, 4),
        ("AHI (hypopneas scored at 4% desaturation) 9.9/h", "AHI", 9.9, 4),
        ("AHI (Medicare 4% rule) = 21", "AHI", 21.0, 4),
        ("pAHI (4%) 26.1 events/hr", "pAHI", 26.1, 4),
    ],
)
def test_the_value_after_a_bracketed_rule_is_the_index(text, name, value, rule):
    assert _read(text, name) == (value, rule)


@pytest.mark.parametrize(
    "text",
    [
        "AHI (4% rule) not reported; SpO2 nadir 83%.",
        "REI (3% criteria), nadir 81%",
        "AHI (4%) - see attached",
        "REI [4% rule] pending",
    ],
)
def test_the_rule_percentage_and_a_nadir_are_no_value(text):
    name = "AHI" if "AHI" in text else "REI"
    assert _read(text, name)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "BMI (3% loss since May) 33.1",  # no rule named: a remark with a number, as before
        "SpO2 (nadir 84%) 91",  # a nadir in brackets is no rule
    ],
)
def test_a_bracket_that_names_no_rule_is_not_taken_for_one(text):
    name = text.split()[0]
    assert measure_value(text, len(name), len(text), 0) is None
