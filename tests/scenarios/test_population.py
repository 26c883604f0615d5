"""The population scenario (sandbox/synthetic/population.py): seeded, the size asked for, with the
planned open orders only, valid FHIR, and every order patient scoring as its PA scenario does."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle

from sandbox.scenarios.common import AS_OF
from sandbox.synthetic import population
from smartapp.scoring import score_bundle

SCENARIOS = Path(population.__file__).resolve().parents[1] / "scenarios"
MANIFEST = json.loads((SCENARIOS / "manifest.json").read_text())


def test_default_population_is_2000_with_300_open_orders_mixed():
    patients = population.plan()
    assert len(patients) == 2000 and len({p.id for p in patients}) == 2000
    with_orders = [p for p in patients if p.order]
    assert len(with_orders) == 300
    assert Counter(p.ready for p in with_orders) == {True: 150, False: 150}
    assert {p.order_type for p in with_orders} == {"ServiceRequest", "DeviceRequest"}
    assert {p.order_status for p in with_orders} == {"draft", "active"}
    assert len({p.scenario for p in with_orders}) == 7
    assert population.plan() == patients  # seeded: the same every time
    assert population.plan(seed=7) != patients


def test_small_population_still_mixes_ready_and_gapped():
    with_orders = [p for p in population.plan(40) if p.order]
    assert len(with_orders) == 6
    assert {p.ready for p in with_orders} == {True, False}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("population")
    return [json.loads(path.read_text()) for path in population.write_bundles(folder, 250)]


def test_bundles_are_valid_fhir_and_references_resolve(files):
    ids = set()
    for bundle in files:
        Bundle.model_validate(bundle)
        ids |= {f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in bundle["entry"]}
    text = json.dumps(files)
    references = set(re.findall(r'"reference": "([A-Za-z]+/[^"]+)"', text))
    assert references <= ids, sorted(references - ids)[:5]


def test_open_orders_are_exactly_the_planned_ones(files):
    planned = {p.order for p in population.plan(250) if p.order}
    found = {
        f"{r['resourceType']}/{r['id']}"
        for bundle in files
        for r in (e["resource"] for e in bundle["entry"])
        if r["resourceType"] in ("ServiceRequest", "DeviceRequest")
        and r["status"] in ("draft", "active")
    }
    assert found == planned
    groups = {r["id"]: r for b in files for r in (e["resource"] for e in b["entry"])
              if r["resourceType"] == "Group"}  # fmt: skip
    assert groups["population"]["quantity"] == 250
    members = {m["entity"]["reference"] for m in groups["population-orders"]["member"]}
    assert members == {f"Patient/{p.id}" for p in population.plan(250) if p.order}


def _one_of_each() -> list[population.PopulationPatient]:
    seen, chosen = set(), []
    for patient in population.plan():
        key = (patient.scenario, patient.ready, patient.order_type)
        if patient.order and key not in seen:
            seen.add(key)
            chosen.append(patient)
    return chosen


@pytest.mark.parametrize("patient", _one_of_each(), ids=lambda p: f"{p.id}-{p.scenario}")
def test_order_patient_scores_as_its_scenario(patient):
    entry = next(
        e for e in MANIFEST
        if e["file"].startswith(f"{patient.scenario}-")
        and e["variant"] == ("complete" if patient.ready else "gapped")
    )  # fmt: skip
    resources = population.order_resources(patient)
    bundle = {"resourceType": "Bundle", "type": "collection",
              "entry": [{"resource": r} for r in resources]}  # fmt: skip
    report = score_bundle(bundle, service=entry["service"]["code"], as_of=date.fromisoformat(AS_OF))
    assert report["patient"] == f"Patient/{patient.id}"
    required = [i for i in report["items"] if i["required"]]
    gaps = {i["element"] for i in required if i["status"] in ("missing", "partial")}
    assert gaps == set(entry["intended_gaps"])
