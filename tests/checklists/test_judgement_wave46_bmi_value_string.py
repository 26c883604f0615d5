"""A weight or height charted as text is still the day's reading (blind wave 46, FQ/bariatric-01):
some vendors send an Observation's ``valueString`` ("5' 5\\"", "262 lb") in place of a
``valueQuantity``, and BAR-001 (BMI 40 or more) found no BMI where the two made one of 43.6.
Text that is no unit-bearing reading ("see chart", a bare number) is still no reading."""

from __future__ import annotations

import pytest

from .test_judgement import record, status


def _obs(ident: str, loinc: str, text: str, when: str = "2026-02-20") -> dict:
    return {
        "resourceType": "Observation",
        "id": ident,
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": loinc}]},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": when,
        "valueString": text,
    }


def _bar001(weight: str, height: str, measured: str = "2026-02-20") -> str:
    resources = _obs("w", "29463-7", weight), _obs("h", "8302-2", height, measured)
    return status(record("43644", *resources, reason="E66.01"), "BAR-001")["status"]


@pytest.mark.parametrize(
    ("weight", "height"),
    [("251 lb", "5' 4\""), ("251 lbs", "5 ft 4 in"), ("114 kg", "168 cm"), ("250 lb", "64 in")],
)
def test_a_weight_and_height_charted_as_text_are_a_bmi(weight, height):
    assert _bar001(weight, height) == "met"


@pytest.mark.parametrize(
    ("weight", "height", "measured"),
    [
        ("251", "5' 4\"", "2026-02-20"),  # no unit: not a weight
        ("251 lb", "see chart", "2026-02-20"),
        ("251 lb", "5' 4\"", "2025-01-10"),  # not measured the same day
        ("200 lb", "5' 9\"", "2026-02-20"),  # BMI 29.5
    ],
)
def test_text_that_is_no_reading_of_the_day_is_no_bmi(weight, height, measured):
    assert _bar001(weight, height, measured) == "missing"
