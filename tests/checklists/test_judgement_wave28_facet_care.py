"""A facet procedure asks for documented failure of noninvasive conservative care, of no stated
length: the facet LCD (L38773; its contractor's prior-authorisation page restates it) asks for
pain of at least 3 months (IPN-005) and "documented failure to respond to noninvasive
conservative management", and names no weeks for the care itself. The engine's 42-day default
called "PT 4 wks, ibuprofen 600 TID, HEP - minimal benefit" (28 days) and a 35-day record
partial (blind waves, BH/inj-02 and CR/inj-02; both reviewers accepted the care). Care only
planned, or begun with the request, is still no care tried and failed."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_FACET = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M47.816"}]},
    "onsetDateTime": "2025-10-01",
}


def _facet(care: str, code: str = "64493") -> str:
    note = _note(
        "n1",
        "2026-02-25",
        "S: 61F axial LBP since October, worse with extension. No leg pain. NRS 7/10, ODI 38%.\n"
        f"{care}\n"
        "O: lumbar paraspinal tenderness, pain with facet loading, SLR neg.\n"
        "A: lumbar facet-mediated pain.\n"
        "P: bilateral L4-5, L5-S1 medial branch blocks under fluoro.",
    )
    bundle = record(code, _FACET, note, reason="M47.816")
    report = score_bundle(bundle, as_of=date(2026, 3, 1))
    return {i["id"]: i for i in report["items"]}["IPN-006"]["status"]


@pytest.mark.parametrize(
    "care",
    [
        "Current: PT 4 wks, ibuprofen 600 TID, HEP - minimal benefit.",
        "Failed PT and meloxicam; continues home exercises without relief.",
        "Completed 3 weeks of physical therapy and a naproxen trial, no improvement.",
    ],
)
def test_documented_care_tried_and_failed_of_any_length(care: str) -> None:
    assert _facet(care) == "met"


@pytest.mark.parametrize(
    "care",
    [
        "Has not tried PT or any medication.",
        "Plan: start PT 2x/wk and meloxicam 15 mg daily.",
        "Rx meloxicam 15 mg daily started today.",
    ],
)
def test_care_not_tried_or_begun_with_the_request_is_not_care_that_failed(care: str) -> None:
    assert _facet(care) != "met"


def test_an_epidural_injection_still_asks_for_its_weeks() -> None:
    # Only the facet item changed: the ESI item keeps its own minimum.
    assert _facet("Current: PT 2 wks, ibuprofen - minimal benefit.", code="62323") != "met"
