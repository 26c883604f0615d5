"""A letter's whole-number BMI that the weighed BMI rounds to is that weighing, when the BMI was
worked out from the weight and height rather than written (blind wave 28, CW/bar-02). The
bariatric visit of 2/10 recorded 'Wt 216 lb, Ht 5'6"' (and charted both as Observations): a BMI
of 34.9 that nobody wrote down. The letter of medical necessity two days later wrote 'has a BMI
of 35 with hypertension', and BAR-001 (BMI 35 or more with a comorbidity) took the 35. Wave 22
set such a rounding aside only against a BMI written or charted with its decimals; a BMI the
visit's weight and height give is as much a measurement. A letter written the day of the visit
is no reason to keep it: only the visit's own BMI figure stands for its day (the clinic's
rounding). A whole number the weighing does not round to, one over a weighing long before the
letter, or a computed BMI on the same side of the threshold, stand as written."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status
from .test_judgement_wave23_copied_bmi import _HTN


def _obs(ident: str, loinc: str, value: float, unit: str, when: str) -> dict:
    return {
        "resourceType": "Observation",
        "id": ident,
        "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": loinc}]},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": when,
        "valueQuantity": {"value": value, "unit": unit, "code": unit},
    }


def _weighed(lb: float, when: str = "2026-02-10") -> tuple[dict, dict]:
    """A weight (lb) and a 66 in height charted as Observations of one day."""
    return _obs("w", "29463-7", lb, "[lb_av]", when), _obs("h", "8302-2", 66, "[in_i]", when)


def _visit(vitals: str, when: str = "2026-02-10") -> dict:
    return _note("v1", when, f"Bariatric surgery evaluation\nO: Vitals: BP 142/90, {vitals}.")


def _letter(said: str, when: str = "2026-02-12") -> dict:
    text = f"LETTER OF MEDICAL NECESSITY\nMs. Q has {said} with hypertension and failed a program."
    return _note("lmn", when, text)


def _bar001(*resources: dict) -> str:
    return status(record("43775", *resources, _HTN, reason="E66.811"), "BAR-001")["status"]


@pytest.mark.parametrize(
    "resources",
    [
        (*_weighed(216), _letter("a BMI of 35")),  # 216 lb / 66 in: 34.9
        (_visit("Wt 216 lb, Ht 5'6\""), _letter("a BMI of 35")),
        (_visit("Wt 98 kg, Ht 167.6 cm"), _letter("BMI 35")),
        # written the day of the visit: the letter still states no weighing of its own
        (*_weighed(216), _letter("a BMI of 35", when="2026-02-10")),
        (_visit("Wt 216 lb, Ht 5'6\""), _letter("BMI 35", when="2026-02-10")),
    ],
)
def test_a_letter_rounding_a_computed_bmi_does_not_reach_35(resources):
    assert _bar001(*resources) != "met"


@pytest.mark.parametrize(
    "resources",
    [
        (*_weighed(219), _letter("a BMI of 35")),  # 35.3: the weighing qualifies too
        (*_weighed(216), _letter("a BMI of 36")),  # not a rounding of the 34.9
        (*_weighed(216, when="2025-11-20"), _letter("a BMI of 35")),  # weighed long before
        (*_weighed(216), _letter("a BMI of 35.0")),  # written with its decimals
        # the visit's own BMI figure beside its weight and height: the clinic's rounding stands
        (_visit("Wt 216 lb, Ht 5'6\", BMI 35"),),
        (_letter("a BMI of 35"),),  # nothing weighed behind it
    ],
)
def test_a_whole_number_bmi_stands_otherwise(resources):
    assert _bar001(*resources) == "met"
