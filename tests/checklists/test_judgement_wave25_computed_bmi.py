"""A weight and a height taken together are a BMI, though none is written (blind wave 24,
CG/bar-03): Observations 'Body weight 118 kg' and 'Body height 169 cm' of 4/14 and the consult's
'Wt 118 kg, Ht 169 cm.' are a BMI of 41.3, and BAR-001 (BMI 40 or more, NIH consensus) found no
BMI. The units are converted (lb, oz, g; in, ft-in, m), and only readings of one day pair: a
height of last year with today's weight, a goal or past weight, or a weight without its height
are no BMI. A BMI charted or written for the day stands on its own figure."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _obs(ident: str, loinc: str, value: float, unit: str, when: str) -> dict:
    return {
        "resourceType": "Observation",
        "id": ident,
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": loinc}]},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": when,
        "valueQuantity": {"value": value, "unit": unit, "system": "http://unitsofmeasure.org",
                          "code": unit},
    }  # fmt: skip


def _taken(kg: float, cm: float, weighed: str = "2026-02-14", measured: str = "2026-02-14"):
    """A weight (kg) and a height (cm) charted as Observations."""
    return _obs("w", "29463-7", kg, "kg", weighed), _obs("h", "8302-2", cm, "cm", measured)


def _bar001(*resources: dict) -> str:
    return status(record("43644", *resources, reason="E66.01"), "BAR-001")["status"]


def _consult(text: str, when: str = "2026-02-14") -> dict:
    return _note("c1", when, f"Bariatric Surgery New Patient\n{text}\nPlan: lap RYGB.")


@pytest.mark.parametrize(
    "resources",
    [
        _taken(118, 169),
        (
            _obs("w", "29463-7", 260, "[lb_av]", "2026-02-14"),
            _obs("h", "8302-2", 66.5, "[in_i]", "2026-02-14"),
        ),
        (
            _obs("w", "3141-9", 118000, "g", "2026-02-14"),
            _obs("h", "8302-2", 1.69, "m", "2026-02-14"),
        ),
        (_consult("Wt 118 kg, Ht 169 cm."),),
        (_consult("Vitals: Ht 5'4\", Wt 240 lb, BP 132/80."),),
        (_consult("Height: 1.69 m\nWeight: 260 lbs"),),
        (_consult("118 kg, 169 cm, BP 128/76"),),
        (_consult("She is 5 ft 4 in tall and weighs 240 pounds."),),
    ],
)
def test_a_weight_and_a_height_of_one_day_are_a_bmi(resources):
    assert _bar001(*resources) == "met"


@pytest.mark.parametrize(
    "resources",
    [
        # a height of last year and today's weight: not one measurement
        _taken(118, 169, measured="2025-02-10"),
        # BMI 39.9 on both readings' side: out of range
        _taken(113.9, 169),
        # the clinic's own BMI of the day stands, though the readings work out to 40.0
        (*_taken(114.3, 169), _obs("b", "39156-5", 39.8, "kg/m2", "2026-02-14")),
        (_consult("Wt 114.3 kg, Ht 169 cm, BMI 39.8."),),
        (_consult("Goal wt 118 kg. Ht 169 cm."),),
        (_consult("Max weight 140 kg in 2019. Ht 169 cm, weight today not obtained."),),
        (_consult("Wt 130 kg 1 yr ago, Ht 169 cm"),),
        (_consult("Lifts 50 lb boxes at work; 5 cm scar. Ht 169 cm."),),
        # the weight of a day its line gives, the height of the note's day
        (_consult("Wt 118 kg (12/14/25)\nHt 169 cm"),),
        # measured more than 12 months before the request
        (_consult("Wt 118 kg, Ht 169 cm.", when="2024-12-01"),),
    ],
)
def test_no_bmi_from_readings_not_taken_together(resources):
    assert _bar001(*resources) != "met"
