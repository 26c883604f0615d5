"""Every shared Synthea / EHR-shape patient bundle scores without error for each topic."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from smartapp.scoring import score_bundle

#: ../shared/fixtures beside the project root, as in tests/conftest.py.
SHARED_FIXTURES = Path(__file__).resolve().parents[3] / "shared" / "fixtures"

SYNTHEA = sorted((SHARED_FIXTURES / "synthea").glob("*.json"))
SERVICES = [
    "72148",
    "70553",
    "27447",
    "29881",
    "E0143",
    "E0601",
    "E1390",
    "E0260",
    "97110",
    "J1745",
    "J7325",
    "97545",
]


@pytest.fixture(scope="module", params=SYNTHEA, ids=[p.stem[:24] for p in SYNTHEA])
def synthea_bundle(request):
    return json.loads(request.param.read_text())


@pytest.mark.parametrize("service", SERVICES)
def test_synthea_bundles_score(synthea_bundle, service):
    report = score_bundle(synthea_bundle, service=service, as_of=date(2025, 1, 1))
    assert report["patient"].startswith("Patient/")
    assert 0 <= report["readiness"] <= 100
    statuses = {item["status"] for item in report["items"]}
    assert statuses <= {"met", "partial", "missing", "not_applicable", "unknown"}


def test_chronic_low_back_pain_pairs_with_lumbar_mri():
    path = next(p for p in SYNTHEA if p.name.startswith("Rosa195"))
    report = score_bundle(json.loads(path.read_text()), service="72148", as_of=date(2024, 5, 1))
    items = {i["id"]: i for i in report["items"]}
    # Synthea codes diagnoses in SNOMED only: pairing is met, the ICD-10-CM code is missing.
    assert items["CSU-005"]["status"] == "met"
    assert items["CSU-004"]["status"] == "missing"
