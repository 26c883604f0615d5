"""A BMI written as a bound is no BMI of its day: the weighing beside it is (blind wave 37,
EI/bariatric-01). The surgical consult wrote "lifelong obesity, BMI >40 since 2019" in its
history and "Ht 5'7", Wt 261 lb" in its exam, and the same day's height (170.2 cm) and weight
(118.4 kg) were charted: a BMI of 40.9. ``computed_bmi`` took "BMI >40" for the clinic's own
figure of that day and set the weighing aside, while ``note_value`` (rightly) reads a BMI after
">" as a threshold, not a reading, so no BMI was found at all and BAR-001 was a false gap.
"over", "above", "under", "below" and the like read the same. A BMI written with its number
still stands for its day (the clinic's rounding decides its side of a threshold)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status
from .test_judgement_wave28_computed_rounding import _obs

_DAY = "2026-02-10"


def _consult(history: str, vitals: str) -> dict:
    text = (
        f"Bariatric surgery consult\nS: 41F, {history}. Failed supervised diet program.\n"
        f"O: {vitals}. BP 136/84.\nA/P: Class 3 obesity; plan sleeve gastrectomy."
    )
    return _note("c1", _DAY, text)


def _charted(kg: float, cm: float) -> tuple[dict, dict]:
    return _obs("w", "29463-7", kg, "kg", _DAY), _obs("h", "8302-2", cm, "cm", _DAY)


def _bar001(*resources: dict) -> str:
    # no obesity-related comorbidity: only a BMI of 40 or more meets BAR-001
    return status(record("43775", *resources, reason="E66.813"), "BAR-001")["status"]


@pytest.mark.parametrize(
    "resources",
    [
        (_consult("lifelong obesity, BMI >40 since 2019", "Ht 5'7\", Wt 261 lb"),),
        (_consult("BMI over 40 for years", "Wt 118.4 kg, Ht 170.2 cm"),),
        (_consult("BMI \u2265 40 since college", "Ht 5'7\", Wt 261 lb"), *_charted(118.4, 170.2)),
        # the bound in the history, the weighing charted only
        (_consult("BMI above 40 most of adult life", "afebrile, alert"), *_charted(118.4, 170.2)),
    ],
)
def test_a_bmi_written_as_a_bound_leaves_the_days_weighing_as_its_bmi(resources):
    assert _bar001(*resources) == "met"


@pytest.mark.parametrize(
    "resources",
    [
        # the bound is no reading: a weighing under 40 stays under 40
        (_consult("BMI >40 since 2019", "Ht 5'7\", Wt 240 lb"),),
        (_consult("BMI over 40 for years", "afebrile"), *_charted(108.9, 170.2)),
        # the clinic's own figure of the day still stands over the weighing beside it
        (_consult("lifelong obesity", "Ht 5'7\", Wt 255.5 lb, BMI 39.9"),),
    ],
)
def test_a_bound_is_no_bmi_and_a_written_figure_still_stands(resources):
    assert _bar001(*resources) != "met"
