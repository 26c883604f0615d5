"""Write-back at the network seam: scope parsing, the DocumentReference's shape, and
FhirClient.create's auth, refresh and (non-)retry rules for a non-idempotent POST."""

from __future__ import annotations

import base64
import hashlib
import json
from datetime import UTC, datetime

import pytest
import responses
from responses import matchers

from smartapp.errors import (
    FatalFhirError,
    FhirAuthError,
    RetryableFhirError,
    WriteBackRefusedError,
)
from smartapp.exports import build_document_reference, can_write_back, write_back
from smartapp.fhir import client as client_module
from smartapp.fhir.client import FhirClient
from smartapp.fhir.token_providers import StaticToken

BASE = "https://ehr.example/fhir"
PDF = b"%PDF-1.4 test bytes"


class Tokens:
    def __init__(self, *tokens: str):
        self.tokens = list(tokens)

    def access_token(self) -> str:
        return self.tokens[0]

    def refresh(self) -> str:
        self.tokens.pop(0)
        return self.tokens[0]


@pytest.fixture
def sleeps(monkeypatch):
    waited: list[float] = []
    monkeypatch.setattr(client_module.time, "sleep", waited.append)
    return waited


@pytest.mark.parametrize(
    ("scope", "allowed"),
    [
        ("launch openid fhirUser patient/DocumentReference.write", True),
        ("patient/DocumentReference.*", True),
        ("user/*.write", True),
        ("patient/*.*", True),
        ("patient/DocumentReference.c", True),
        ("patient/DocumentReference.cruds", True),
        ("user/DocumentReference.cr", True),
        ("patient/DocumentReference.rs", False),
        ("patient/DocumentReference.read patient/*.read", False),
        ("patient/DocumentReference.c?category=clinical-note", False),
        ("patient/Observation.write", False),
        ("patient/DocumentReference.rc", False),  # not canonical cruds order: malformed
        ("", False),
        (None, False),
    ],
)
def test_can_write_back(scope, allowed) -> None:
    assert can_write_back(scope) is allowed


def test_document_reference_shape() -> None:
    created = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)
    resource = build_document_reference(
        PDF, patient_ref="Patient/p1", created=created, description="Appeal packet CPT 72148",
        kind="appeal-packet", author_ref="Practitioner/dr1",
    )  # fmt: skip
    assert resource["resourceType"] == "DocumentReference" and resource["status"] == "current"
    assert resource["type"]["coding"][0] == {
        "system": "http://loinc.org", "code": "51851-4", "display": "Administrative note",
    }  # fmt: skip
    assert resource["subject"] == {"reference": "Patient/p1"}
    assert resource["author"] == [{"reference": "Practitioner/dr1"}]
    assert resource["date"] == "2026-11-22T15:30:00+00:00"
    attachment = resource["content"][0]["attachment"]
    assert attachment["contentType"] == "application/pdf"
    assert base64.b64decode(attachment["data"]) == PDF and attachment["size"] == len(PDF)
    assert attachment["hash"] == base64.b64encode(hashlib.sha1(PDF).digest()).decode()
    assert resource["identifier"][0]["value"] == f"urn:sha256:{hashlib.sha256(PDF).hexdigest()}"
    without = build_document_reference(PDF, patient_ref="Patient/p1", created=created,
                                       description="x")  # fmt: skip
    assert "author" not in without


def _resource() -> dict:
    created = datetime(2026, 11, 22, tzinfo=UTC)
    return build_document_reference(PDF, patient_ref="Patient/p1", created=created,
                                    description="Gap report")  # fmt: skip


@responses.activate
def test_create_posts_fhir_json_with_the_bearer() -> None:
    responses.post(
        f"{BASE}/DocumentReference",
        json={**_resource(), "id": "new1"},
        status=201,
        headers={"Location": f"{BASE}/DocumentReference/new1/_history/1"},
        match=[matchers.header_matcher({"Authorization": "Bearer t1",
                                        "Content-Type": "application/fhir+json"})],
    )  # fmt: skip
    result = write_back(FhirClient(BASE, StaticToken("t1")), _resource())
    assert result["id"] == "new1"
    assert result["location"].endswith("/DocumentReference/new1/_history/1")
    sent = json.loads(responses.calls[0].request.body)
    assert sent["resourceType"] == "DocumentReference" and "id" not in sent


@responses.activate
def test_create_with_an_empty_answer_uses_the_location() -> None:
    responses.post(f"{BASE}/DocumentReference", body=b"", status=201,
                   headers={"Location": f"{BASE}/DocumentReference/abc/_history/2"})  # fmt: skip
    result = write_back(FhirClient(BASE, StaticToken("t1")), _resource())
    assert result == {"id": "abc", "location": f"{BASE}/DocumentReference/abc/_history/2",
                      "resource": {}}  # fmt: skip


@responses.activate
def test_create_refreshes_once_on_401() -> None:
    responses.post(f"{BASE}/DocumentReference", status=401,
                   match=[matchers.header_matcher({"Authorization": "Bearer old"})])  # fmt: skip
    responses.post(f"{BASE}/DocumentReference", json={"resourceType": "DocumentReference",
                   "id": "d2"}, status=201,
                   match=[matchers.header_matcher({"Authorization": "Bearer new"})])  # fmt: skip
    assert write_back(FhirClient(BASE, Tokens("old", "new")), _resource())["id"] == "d2"
    responses.post(f"{BASE}/DocumentReference", status=401)
    with pytest.raises(FhirAuthError):
        FhirClient(BASE, StaticToken("t")).create(_resource())


@responses.activate
def test_create_is_never_retried_after_a_server_error(sleeps) -> None:
    responses.post(f"{BASE}/DocumentReference", status=502)
    with pytest.raises(RetryableFhirError):
        FhirClient(BASE, StaticToken("t")).create(_resource())
    assert len(responses.calls) == 1 and sleeps == []


@responses.activate
def test_create_waits_out_429_with_retry_after(sleeps) -> None:
    responses.post(f"{BASE}/DocumentReference", status=429, headers={"Retry-After": "2"})
    responses.post(f"{BASE}/DocumentReference", status=201,
                   json={"resourceType": "DocumentReference", "id": "d3"})  # fmt: skip
    assert FhirClient(BASE, StaticToken("t")).create(_resource())[0]["id"] == "d3"
    assert sleeps == [2.0]


@responses.activate
def test_create_refused_is_fatal_with_the_outcome_code() -> None:
    outcome = {"resourceType": "OperationOutcome", "issue": [{"severity": "error",
               "code": "forbidden"}]}  # fmt: skip
    responses.post(f"{BASE}/DocumentReference", status=403, json=outcome)
    with pytest.raises(FatalFhirError) as refused:
        FhirClient(BASE, StaticToken("t")).create(_resource())
    assert refused.value.status == 403 and refused.value.detail == "forbidden"


@responses.activate
def test_a_refused_write_back_says_the_ehr_did_not_allow_it() -> None:
    """Issue 20 #13: a 403 on create is the EHR's refusal, not "That input cannot be used"."""
    outcome = {"resourceType": "OperationOutcome", "issue": [{"severity": "error",
               "code": "forbidden"}]}  # fmt: skip
    responses.post(f"{BASE}/DocumentReference", status=403, json=outcome)
    with pytest.raises(WriteBackRefusedError) as refused:
        write_back(FhirClient(BASE, StaticToken("t")), _resource())
    error = refused.value
    assert error.title == "The EHR did not allow adding documents to this chart"
    assert error.http_status == 403 and error.detail == "forbidden"
    assert "add it to the chart by hand" in error.advice
