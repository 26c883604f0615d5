"""A supervised weight-loss program under way, found by blind wave 30 (DG/bariatric-01): the only
supervised care on record was the dietitian's "seen for visit 1 of 6 of supervised wt mgmt
program", eight days before the bariatric request, and BAR-003 read it as a prior attempt that
failed. A program at its first visits has been begun, not completed or failed; its last visit
("visit 6 of 6") counts."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _bar003(text: str) -> str:
    order = {"authoredOn": "2026-04-01", "occurrenceDateTime": "2026-05-01"}
    bundle = record("43644", _note("rd", "2026-03-24", text), reason="E66.01", order=order)
    return status(bundle, "BAR-003", as_of=date(2026, 4, 2))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Dietitian: pt seen for visit 1 of 6 of the supervised weight management program.",
        "MEDICAL NUTRITION THERAPY (visit 2/6)\nSupervised weight loss program: food log reviewed.",
    ],
)
def test_a_program_at_its_first_visits_is_no_attempt_that_failed(text: str) -> None:
    assert _bar003(text) != "met"


def test_the_programs_last_visit_counts() -> None:
    text = "Dietitian: visit 6 of 6 of the supervised weight management program; wt down 1 kg."
    assert _bar003(text) == "met"
