"""The order's requester in a live fetch (smartapp.fhir.requester): a PractitionerRole requester
is read with its Practitioner, a Practitioner requester's roles are searched, and a role the EHR
refuses is logged, never a warning: it is optional evidence (the work phone and fax)."""

from __future__ import annotations

import logging
import re

import pytest
import responses
from fhir_helpers import BASE, searchset
from test_fhir_retrieve import EMPTY, empty_searches, fetch

from smartapp.fhir import FhirClient, StaticToken
from smartapp.fhir.prefetched import record_from_hook
from smartapp.fhir.searches import SEARCHED_TYPES

ROLES = re.compile(rf"{re.escape(BASE)}/PractitionerRole\?.*")
DOCTOR = {"resourceType": "Practitioner", "id": "dr-lane",
          "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1234567893"}]}
ROLE = {"resourceType": "PractitionerRole", "id": "role-7",
        "practitioner": {"reference": "Practitioner/dr-lane"},
        "telecom": [{"system": "phone", "value": "555-0142", "use": "work"},
                    {"system": "fax", "value": "555-0143", "use": "work"}]}  # fmt: skip


def order(requester: str) -> dict:
    return {"resourceType": "ServiceRequest", "id": "sr-knee", "status": "active",
            "requester": {"reference": requester}}  # fmt: skip


def orders_of(requester: str) -> None:
    responses.get(re.compile(rf"{re.escape(BASE)}/ServiceRequest\?.*"),
                  json=searchset(order(requester)))  # fmt: skip
    empty_searches("ServiceRequest", "PractitionerRole")


def urls() -> list[str]:
    return [call.request.url for call in responses.calls]


@responses.activate
def test_a_practitioner_requesters_roles_are_searched_by_practitioner():
    orders_of("Practitioner/dr-lane")
    responses.get(f"{BASE}/Practitioner/dr-lane", json=DOCTOR)
    stranger = {**ROLE, "id": "role-9", "practitioner": {"reference": "Practitioner/other"}}
    responses.get(ROLES, json=searchset(ROLE, stranger))
    result = fetch()
    assert result.counts["PractitionerRole"] == 1  # a role naming someone else is not kept
    assert any("PractitionerRole?practitioner=dr-lane" in url for url in urls())
    assert not result.warnings


@responses.activate
def test_a_practitionerrole_requester_is_read_and_then_its_practitioner():
    orders_of("PractitionerRole/role-7")
    responses.get(f"{BASE}/PractitionerRole/role-7", json=ROLE)
    responses.get(f"{BASE}/Practitioner/dr-lane", json=DOCTOR)
    result = fetch()
    assert result.counts["PractitionerRole"] == 1 and result.counts["Practitioner"] == 1
    assert not any("PractitionerRole?" in url for url in urls())  # the role is the requester
    assert not result.warnings


@pytest.mark.parametrize("status", [403, 400, 404])
@responses.activate
def test_a_refused_role_changes_nothing_else(status: int, caplog: pytest.LogCaptureFixture):
    """A 403 (scope not granted), 400 (search not supported): the Practitioner and every other
    type are read as without roles, and the record reads complete."""
    orders_of("Practitioner/dr-lane")
    responses.get(f"{BASE}/Practitioner/dr-lane", json=DOCTOR)
    responses.get(ROLES, status=status, json={"resourceType": "OperationOutcome", "issue": [
        {"severity": "error", "code": "forbidden", "diagnostics": "Bearer t dr-lane"}]})
    with caplog.at_level(logging.INFO, logger="smartapp.fhir.requester"):
        result = fetch()
    assert result.counts["Practitioner"] == 1 and "PractitionerRole" not in result.counts
    assert not result.warnings
    assert not any(entry["resource"]["resourceType"] == "OperationOutcome"
                   for entry in result.bundle["entry"])  # fmt: skip
    logged = caplog.text
    assert f"status {status}" in logged
    assert "dr-lane" not in logged and "Bearer" not in logged  # no PHI, no token


@responses.activate
def test_a_refused_role_requester_still_leaves_the_record_complete():
    orders_of("PractitionerRole/role-7")
    responses.get(f"{BASE}/PractitionerRole/role-7", status=403, json={})
    result = fetch()
    assert "PractitionerRole" not in result.counts and not result.warnings


@responses.activate
def test_a_role_the_scopes_exclude_is_never_asked_for():
    orders_of("Practitioner/dr-lane")
    responses.get(f"{BASE}/Practitioner/dr-lane", json=DOCTOR)
    responses.get(ROLES, json=EMPTY)
    result = fetch(unreadable_types={"PractitionerRole": "access not granted by the EHR"})
    assert not any("PractitionerRole" in url for url in urls())
    assert result.counts["Practitioner"] == 1 and not result.warnings


@responses.activate
def test_a_hook_call_reads_the_draft_orders_requester_role_too():
    """A CDS hook with FHIR access reads the draft order's requester as a launch does."""
    responses.get(f"{BASE}/PractitionerRole/role-7", json=ROLE)
    responses.get(f"{BASE}/Practitioner/dr-lane", json=DOCTOR)
    prefetched = {"Patient": {"resourceType": "Patient", "id": "p1"}}
    prefetched |= {kind: EMPTY for kind in SEARCHED_TYPES}
    client = FhirClient(BASE, StaticToken("t"), concurrency=2)
    result = record_from_hook(client, "p1", prefetched, [order("PractitionerRole/role-7")])
    assert result.counts["PractitionerRole"] == 1 and result.counts["Practitioner"] == 1
