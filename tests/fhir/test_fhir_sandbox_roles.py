"""End to end over real HTTP against the sandbox EHR: the ordering provider's phone and fax kept
only on a PractitionerRole (FHIR's place for work contact) are read by a live fetch and make
OCC-007 met; the same record without that role leaves it missing."""

from __future__ import annotations

import datetime as dt

import pytest
import requests
from scenario_copies import clone_patient
from test_fhir_sandbox import fetch

from smartapp.scoring import score_bundle

pytestmark = pytest.mark.sandbox
AS_OF = dt.date(2026, 11, 20)


def put(sandbox, resource: dict) -> None:  # type: ignore[no-untyped-def]
    token = sandbox.token("plain", None, scope="system/*.write system/*.read")
    response = requests.put(f"{sandbox.base('plain')}/{resource['resourceType']}/{resource['id']}",
                            json=resource, headers={"Authorization": f"Bearer {token}"},
                            timeout=30)  # fmt: skip
    assert response.status_code in (200, 201), response.text[:300]


def with_bare_requester(sandbox, role: bool) -> str:  # type: ignore[no-untyped-def]
    """A copy of occ-complete whose order names a Practitioner with no telecom (NPI only); with
    ``role``, a PractitionerRole of that Practitioner holds the work phone and fax."""
    patient = clone_patient(sandbox, "occ-complete")
    doctor = f"{patient}-md"
    put(sandbox, {"resourceType": "Practitioner", "id": doctor,
                  "name": [{"family": "Okafor", "given": ["Ada"]}],
                  "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi",
                                  "value": "1538264790"}]})  # fmt: skip
    if role:
        put(sandbox, {"resourceType": "PractitionerRole", "id": f"{patient}-role",
                      "practitioner": {"reference": f"Practitioner/{doctor}"},
                      "telecom": [{"system": "phone", "value": "555-030-4400", "use": "work"},
                                  {"system": "fax", "value": "555-030-4401", "use": "work"}]})
    token = sandbox.token("plain", None, scope="system/*.read")
    order = requests.get(f"{sandbox.base('plain')}/ServiceRequest/{patient}-order",
                         headers={"Authorization": f"Bearer {token}"}, timeout=30).json()
    put(sandbox, {**order, "requester": {"reference": f"Practitioner/{doctor}"}})
    return patient


def occ_007(sandbox, patient: str) -> str:  # type: ignore[no-untyped-def]
    result, _ = fetch(sandbox, "plain", patient, order_ref=f"ServiceRequest/{patient}-order")
    report = score_bundle(result.bundle, as_of=AS_OF)
    return next(item["status"] for item in report["items"] if item["id"] == "OCC-007")


def test_the_requesters_phone_on_a_practitionerrole_makes_occ_007_met(sandbox_faults):
    assert occ_007(sandbox_faults, with_bare_requester(sandbox_faults, role=True)) == "met"
    assert occ_007(sandbox_faults, with_bare_requester(sandbox_faults, role=False)) == "missing"
