"""The population scenario: many patients, a few with an open order a checklist covers.

For Bulk Data and population runs (issue 16). Seeded and deterministic: the same ``size``,
``orders`` and ``seed`` give the same ids, names, orders and files on every machine. By default
2,000 patients ``pop-0001`` … ``pop-2000``, of which 300 (15 %) have a draft or active order:

- an order patient is a copy of one of the PA scenarios (``sandbox/scenarios``: lumbar MRI, knee
  replacement, PT, walker, CPAP, OT, knee injection), complete (ready) or gapped in turn, with
  the scenario's notes (DocumentReference + Binary renditions), renamed and re-identified; every
  id of the copy starts with the patient id. Every other walker/CPAP copy orders with a
  DeviceRequest instead of a ServiceRequest; every third order is ``active``, the rest ``draft``;
- every other patient has CareSource coverage, one or two conditions and a visit, and no open
  order (every tenth has a *completed* ServiceRequest, which no population run should score).

Two Groups list them: ``population`` (every patient) and ``population-orders`` (the order
patients). :func:`plan` says who is who without building anything (tests compare a run with it).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sandbox.scenarios import factories as f
from sandbox.scenarios import knee_drug, occupational, spine, therapy_dme
from sandbox.scenarios.common import Scenario

DEFAULT_SIZE, DEFAULT_ORDERS, DEFAULT_SEED = 2000, 300, 1616
PATIENTS_PER_FILE = 100
#: ServiceRequest fields a DeviceRequest has too (R4), copied when an order becomes one.
DEVICE_FIELDS = ("id", "status", "intent", "priority", "subject", "encounter", "requester",
                 "occurrenceDateTime", "authoredOn", "reasonCode", "reasonReference",
                 "note")  # fmt: skip
MEMBER_SYSTEM = "https://www.caresource.com/member-id"
#: (complete, gapped) builders of each service; walker and CPAP are DME (DeviceRequest-able).
PAIRS = (
    (spine.complete, spine.gapped),
    (knee_drug.tka_complete, knee_drug.tka_gapped),
    (therapy_dme.ptc_complete, therapy_dme.ptc_gapped),
    (therapy_dme.walker_complete, therapy_dme.walker_gapped),
    (therapy_dme.cpap_complete, therapy_dme.cpap_gapped),
    (occupational.complete, occupational.gapped),
    (knee_drug.inj_complete, knee_drug.inj_gapped),
)
DME = ("walker", "cpap")
GIVEN = ("Avery", "Jordan", "Morgan", "Riley", "Casey", "Quinn", "Harper", "Rowan", "Emery",
         "Sawyer", "Marlow", "Tatum", "Ellis", "Parker", "Reese", "Sage", "Blair")  # fmt: skip
FAMILY = ("Abernathy", "Bellweather", "Castellan", "Drummond", "Everly", "Fairbanks", "Galloway",
          "Hartwell", "Ingram", "Jessup", "Kingsley", "Langford", "Merriweather", "Northcott",
          "Oakes", "Pemberton", "Quimby", "Rutherford", "Stanhope", "Thackeray")  # fmt: skip
BACKGROUND = (  # (key, ICD-10-CM, SNOMED CT, display)
    ("htn", "I10", "38341003", "Essential hypertension"),
    ("dm2", "E11.9", "44054006", "Type 2 diabetes mellitus"),
    ("hld", "E78.5", "55822004", "Hyperlipidemia"),
    ("asthma", "J45.909", "195967001", "Asthma"),
    ("gerd", "K21.9", "235595009", "Gastro-esophageal reflux disease"),
)


@dataclass(frozen=True)
class PopulationPatient:
    """Who one population patient is (ids only: the resources are built on demand)."""

    id: str
    index: int
    scenario: str | None = None  # e.g. "lmri" (None: no open order)
    ready: bool | None = None  # the complete variant of the scenario
    order_type: str | None = None  # "ServiceRequest" | "DeviceRequest"
    order_status: str | None = None  # "draft" | "active"

    @property
    def order(self) -> str | None:
        return f"{self.order_type}/{self.id}-order" if self.order_type else None


def plan(
    size: int = DEFAULT_SIZE, orders: int | None = None, seed: int = DEFAULT_SEED
) -> list[PopulationPatient]:
    """Every patient of the population in id order; ``orders`` defaults to 15 % of ``size``."""
    orders = round(size * DEFAULT_ORDERS / DEFAULT_SIZE) if orders is None else orders
    if not 0 <= orders <= size:
        raise ValueError("orders must be between 0 and the population size")
    rng = random.Random(seed)  # noqa: S311 -- seeded made-up data
    with_order = sorted(rng.sample(range(size), orders))
    pairs = list(range(len(PAIRS)))
    rng.shuffle(pairs)
    chosen = {index: rank for rank, index in enumerate(with_order)}
    patients = []
    for index in range(size):
        pid = f"pop-{index + 1:04d}"
        rank = chosen.get(index)
        if rank is None:
            patients.append(PopulationPatient(pid, index))
            continue
        builder = PAIRS[pairs[(rank // 2) % len(PAIRS)]][rank % 2]
        key = _scenario(builder).key
        device = key in DME and (rank // (2 * len(PAIRS))) % 2 == 0  # every other cycle
        patients.append(
            PopulationPatient(
                pid, index, scenario=key, ready=rank % 2 == 0,
                order_type="DeviceRequest" if device else "ServiceRequest",
                order_status="active" if rank % 3 == 2 else "draft",
            )
        )  # fmt: skip
    return patients


@cache
def _scenario(builder: Any) -> Scenario:
    return builder()


def _builder(patient: PopulationPatient) -> Any:
    for pair in PAIRS:
        for builder in pair:
            scenario = _scenario(builder)
            if (
                scenario.key == patient.scenario
                and (scenario.variant == "complete") == patient.ready
            ):
                return builder
    raise KeyError(patient.scenario)


def _identity(patient: PopulationPatient) -> tuple[str, str, str]:
    rng = random.Random(f"{patient.id}-identity")  # noqa: S311 -- seeded made-up data
    birth = f"{rng.randint(1940, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return rng.choice(GIVEN), rng.choice(FAMILY), birth


def _member(patient: PopulationPatient) -> str:
    return f"1{7_000_000_000 + patient.index * 7919 % 1_000_000_000:010d}"


def order_resources(patient: PopulationPatient) -> list[dict[str, Any]]:
    """A renamed copy of the patient's scenario, its order the planned type and status."""
    scenario = _scenario(_builder(patient))
    text = json.dumps(scenario.resources).replace(scenario.name, patient.id)
    if patient.order_type == "DeviceRequest":
        text = text.replace(
            f"ServiceRequest/{patient.id}-order", f"DeviceRequest/{patient.id}-order"
        )
    resources = json.loads(text)
    given, family, birth = _identity(patient)
    for resource in resources:
        kind = resource["resourceType"]
        if kind == "Patient":
            resource["name"] = [{"use": "official", "family": family, "given": [given]}]
            resource["birthDate"] = birth
            resource["identifier"][0]["value"] = f"P{patient.index + 1:07d}"
        elif kind == "Coverage" and "subscriberId" in resource:
            resource["subscriberId"] = _member(patient)
            resource["identifier"] = [{"system": MEMBER_SYSTEM, "value": _member(patient)}]
        elif kind == "ServiceRequest" and resource["id"] == f"{patient.id}-order":
            resource["status"] = patient.order_status
            if patient.order_type == "DeviceRequest":
                resources[resources.index(resource)] = _as_device_request(resource)
    return resources


def _as_device_request(order: dict[str, Any]) -> dict[str, Any]:
    device = {"resourceType": "DeviceRequest", "codeCodeableConcept": order["code"]}
    for name in DEVICE_FIELDS:
        if name in order:
            device[name] = order[name]
    if "quantityQuantity" in order:
        device["parameter"] = [
            {"code": {"text": "quantity"}, "valueQuantity": order["quantityQuantity"]}
        ]
    return device


def plain_resources(patient: PopulationPatient) -> list[dict[str, Any]]:
    """A patient with coverage, a condition or two, a visit and no open order."""
    rng = random.Random(f"{patient.id}-record")  # noqa: S311 -- seeded made-up data
    given, family, birth = _identity(patient)
    pat = f.patient(patient.id, given, family, birth, rng.choice(("female", "male")), "OH")
    pat["identifier"][0]["value"] = f"P{patient.index + 1:07d}"
    who = f.practitioner("md-pop-pcp", "Jamie", "Okafor", "159260483", "Family medicine")
    visit_date = f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
    cover = f.coverage(patient.id, pat, _member(patient), "Ohio Medicaid", "2026-01-01")
    resources = [pat, f.caresource(), who, cover]
    for key, icd, snomed, display in rng.sample(BACKGROUND, rng.randint(1, 2)):
        resources.append(
            f.condition(patient.id, key, pat, (icd, display), (snomed, display), "2021-03-01")
        )
    visit = f.encounter(patient.id, "visit", pat, who, visit_date, "99213", "Office visit")
    resources.append(visit)
    if patient.index % 10 == 9:
        done = f.service_request(
            patient.id, pat, who, visit, ("cpt", "97110"), "Therapeutic exercise", [],
            visit_date, visit_date, status="completed",
        )  # fmt: skip
        resources.append(done)
    return resources


def groups(patients: list[PopulationPatient]) -> list[dict[str, Any]]:
    """The ``population`` and ``population-orders`` Groups."""

    def group(gid: str, name: str, members: list[PopulationPatient]) -> dict[str, Any]:
        return {
            "resourceType": "Group", "id": gid, "type": "person", "actual": True, "name": name,
            "quantity": len(members),
            "member": [{"entity": {"reference": f"Patient/{p.id}"}} for p in members],
        }  # fmt: skip

    with_orders = [p for p in patients if p.order]
    return [
        group("population", f"Population scenario ({len(patients)} patients)", patients),
        group(
            "population-orders",
            f"Population patients with open orders ({len(with_orders)})",
            with_orders,
        ),
    ]


def resources(patients: list[PopulationPatient]) -> Iterator[dict[str, Any]]:
    """Every resource of these patients (shared Organization/Practitioners once), then Groups."""
    shared: set[str] = set()
    for patient in patients:
        for resource in order_resources(patient) if patient.order else plain_resources(patient):
            key = f"{resource['resourceType']}/{resource['id']}"
            if not key.startswith(("Organization/", "Practitioner/")) or key not in shared:
                shared.add(key)
                yield resource


def write_bundles(folder: Path, size: int = DEFAULT_SIZE, orders: int | None = None,
                  seed: int = DEFAULT_SEED) -> list[Path]:  # fmt: skip
    """Write the population as PUT transaction bundles of :data:`PATIENTS_PER_FILE` patients."""
    from sandbox.scenarios.build import to_bundle

    folder.mkdir(parents=True, exist_ok=True)
    patients = plan(size, orders, seed)
    paths = []
    for start in range(0, len(patients), PATIENTS_PER_FILE):
        chunk = patients[start : start + PATIENTS_PER_FILE]
        extra = groups(patients) if start + PATIENTS_PER_FILE >= len(patients) else []
        scenario = Scenario("population", "", ("", ""), "", resources=[*resources(chunk), *extra])
        path = folder / f"population-{start // PATIENTS_PER_FILE + 1:03d}.json"
        path.write_text(json.dumps(to_bundle(scenario), separators=(",", ":")), encoding="utf-8")
        paths.append(path)
    return paths
