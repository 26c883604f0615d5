"""A weight-loss drug begun two weeks before the request is no previous unsuccessful treatment
(blind wave 22, BZ/bar-03): Wegovy started 7/28, on a med-rec list, met BAR-003 for an 8/10
sleeve request whose history was self-directed diets and a supervised program declined. A drug
is a failed attempt once it has run long enough to be judged (the labels' 12 weeks); one begun
months before still counts."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"


def _wegovy(started: str) -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "m1",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {
            "coding": [{"system": _RXNORM, "code": "2553506"}],
            "text": "semaglutide 0.25 MG/DOSE in 0.5 ML Auto-Injector (Wegovy)",
        },
        "authoredOn": started,
    }


def _bar003(started: str) -> str:
    note = _note(
        "n1",
        "2026-08-05",
        "Bariatric surgery visit 8/5/2026. BMI 44.3. Weight loss hx: self-directed diets (keto, "
        "WW app). P: sleeve gastrectomy.",
    )
    request = {"authoredOn": "2026-08-05", "occurrenceDateTime": "2026-09-15"}
    bundle = record("43775", note, _wegovy(started), reason="E66.813", order=request)
    report = score_bundle(bundle, as_of=date(2026, 8, 10))
    return {i["id"]: i for i in report["items"]}["BAR-003"]["status"]


@pytest.mark.parametrize("started", ["2026-07-28", "2026-06-01"])
def test_a_drug_begun_weeks_ago_has_not_yet_failed(started: str) -> None:
    assert _bar003(started) != "met"


def test_a_drug_taken_for_months_is_a_medical_attempt() -> None:
    assert _bar003("2026-02-10") == "met"
