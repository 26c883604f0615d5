"""Blind wave 14's evaluation-age class: an evaluation charted as the visit itself (an Encounter
typed CPT 92523, its note titled only 'Progress note') is the last evaluation when counting the
days since one, as has_procedure already reads it (wave 13, coded_visits.py). AT/slp-02: a child
under 7 in developmental therapy, evaluated 8 weeks before, read as never evaluated."""

from __future__ import annotations

import pytest

from .test_judgement import ICD10, _note, record, status
from .test_judgement_wave13_coded_encounters import _encounter


def _dated(encounter: dict, day: str) -> dict:
    encounter["period"] = {"start": day, "end": day}
    return encounter


#: A developmental language disorder on the problem list: six months between evaluations.
DEVELOPMENTAL = {
    "resourceType": "Condition",
    "id": "c1",
    "clinicalStatus": {"coding": [{"code": "active"}]},
    "code": {"coding": [{"system": ICD10, "code": "F80.2"}]},
    "subject": {"reference": "Patient/p"},
}


def _re_evaluation(*resources: dict) -> str:
    daily = _note("n2", "2026-02-24", "Daily note - group. Followed 2-step directions 10/20.")
    bundle = record("92508", DEVELOPMENTAL, *resources, daily, reason="F80.2")
    # A child under 7: developmental therapy's six months need the age too (s68-l).
    bundle["entry"][0]["resource"]["birthDate"] = "2021-05-01"
    return status(bundle, "SLP-005")["status"]


@pytest.mark.parametrize("day", ["2026-01-13", "2025-11-02"])
def test_a_coded_evaluation_visit_dates_the_last_evaluation(day: str) -> None:
    # 47 days (any therapy) and 119 days (developmental therapy, F80.2, under six months).
    assert _re_evaluation(_dated(_encounter("92523"), day)) == "met"


def test_no_done_evaluation_visit_dates_nothing() -> None:
    for encounter in (_encounter("92523", "planned"), _encounter("92508")):
        assert _re_evaluation(_dated(encounter, "2026-01-13")) != "met", encounter
    # Older than six months: due again, even for developmental therapy.
    assert _re_evaluation(_dated(_encounter("92523"), "2025-08-01")) != "met"
