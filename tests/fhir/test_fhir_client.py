"""FhirClient at the network seam: auth, refresh, Retry-After, retries, typed errors."""

from __future__ import annotations

import email.utils
import time

import pytest
import responses
from fhir_helpers import BASE, RotatingTokens
from responses import matchers

from smartapp.errors import FatalFhirError, FhirAuthError, RetryableFhirError
from smartapp.fhir import client as client_module
from smartapp.fhir.client import FhirClient, retry_after_seconds
from smartapp.fhir.token_providers import StaticToken


@pytest.fixture
def sleeps(monkeypatch):
    """Record the client's waits instead of sleeping them."""
    waited: list[float] = []
    monkeypatch.setattr(client_module.time, "sleep", waited.append)
    return waited


def patient(resource_id: str = "p1") -> dict:
    return {"resourceType": "Patient", "id": resource_id}


@responses.activate
def test_sends_bearer_token_and_fhir_json_accept():
    responses.get(
        f"{BASE}/Patient/p1",
        json=patient(),
        match=[matchers.header_matcher({"Authorization": "Bearer t1",
                                        "Accept": "application/fhir+json"})],
    )  # fmt: skip
    assert FhirClient(BASE, StaticToken("t1")).get_json("Patient/p1")["id"] == "p1"


@responses.activate
def test_a_401_refreshes_once_and_retries_with_the_new_token():
    responses.get(
        f"{BASE}/Patient/p1",
        status=401,
        match=[matchers.header_matcher({"Authorization": "Bearer old"})],
    )
    responses.get(f"{BASE}/Patient/p1", json=patient(),
                  match=[matchers.header_matcher({"Authorization": "Bearer new"})])  # fmt: skip
    tokens = RotatingTokens("old", "new")
    assert FhirClient(BASE, tokens).get_json("Patient/p1")["id"] == "p1"
    assert tokens.refreshes == 1


@responses.activate
def test_a_second_401_after_refresh_is_an_auth_error():
    responses.get(f"{BASE}/Patient/p1", status=401)
    tokens = RotatingTokens("old", "new")
    with pytest.raises(FhirAuthError):
        FhirClient(BASE, tokens).get_json("Patient/p1")
    assert tokens.refreshes == 1


@responses.activate
def test_a_refresh_that_fails_is_an_auth_error():
    responses.get(f"{BASE}/Patient/p1", status=401)
    with pytest.raises(FhirAuthError):
        FhirClient(BASE, StaticToken("t")).get_json("Patient/p1")


@responses.activate
def test_429_waits_the_retry_after_seconds_then_succeeds(sleeps):
    responses.get(f"{BASE}/Patient/p1", status=429, headers={"Retry-After": "2"})
    responses.get(f"{BASE}/Patient/p1", json=patient())
    assert FhirClient(BASE, StaticToken("t")).get_json("Patient/p1")["id"] == "p1"
    assert sleeps == [2.0]


@responses.activate
def test_503_with_an_http_date_retry_after_is_capped(sleeps):
    later = email.utils.formatdate(time.time() + 3600, usegmt=True)
    responses.get(f"{BASE}/Patient/p1", status=503, headers={"Retry-After": later})
    responses.get(f"{BASE}/Patient/p1", json=patient())
    FhirClient(BASE, StaticToken("t"), max_wait=5.0).get_json("Patient/p1")
    assert sleeps == [5.0]


def test_retry_after_parses_seconds_and_dates():
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


@responses.activate
def test_5xx_is_retried_a_bounded_number_of_times_then_retryable(sleeps):
    responses.get(f"{BASE}/Patient/p1", status=500)
    with pytest.raises(RetryableFhirError) as caught:
        FhirClient(BASE, StaticToken("t"), max_attempts=3).get_json("Patient/p1")
    assert caught.value.status == 500
    assert len(responses.calls) == 3
    assert sleeps == [0.25, 0.5]


@responses.activate
def test_403_is_fatal_with_its_status():
    responses.get(
        f"{BASE}/Encounter/e1",
        status=403,
        json={
            "resourceType": "OperationOutcome",
            "issue": [{"severity": "fatal", "code": "forbidden"}],
        },
    )
    with pytest.raises(FatalFhirError) as caught:
        FhirClient(BASE, StaticToken("t")).get_json("Encounter/e1")
    assert caught.value.status == 403
    assert caught.value.detail == "forbidden"


@responses.activate
def test_malformed_json_is_a_clear_fatal_error():
    responses.get(f"{BASE}/Patient/p1", body='{"resourceType": "Pat',
                  content_type="application/fhir+json")  # fmt: skip
    with pytest.raises(FatalFhirError, match="not valid JSON"):
        FhirClient(BASE, StaticToken("t")).get_json("Patient/p1")


@responses.activate
def test_epic_json_fhir_content_type_is_accepted():
    responses.get(f"{BASE}/Patient/p1", body='{"resourceType": "Patient", "id": "p1"}',
                  content_type="application/json+fhir; charset=utf-8")  # fmt: skip
    assert FhirClient(BASE, StaticToken("t")).get_json("Patient/p1")["id"] == "p1"


@responses.activate
def test_html_instead_of_json_is_fatal():
    responses.get(f"{BASE}/Patient/p1", body="<html>login</html>", content_type="text/html")
    with pytest.raises(FatalFhirError, match="other than FHIR JSON"):
        FhirClient(BASE, StaticToken("t")).get_json("Patient/p1")


def test_urls_resolve_relative_to_base_and_absolute_only_to_trusted_hosts():
    client = FhirClient(BASE, StaticToken("t"), allowed_hosts=("binaries.example",))
    assert client.resolve("Binary/b1") == f"{BASE}/Binary/b1"
    assert client.resolve("https://binaries.example/r4/Binary/b1") == (
        "https://binaries.example/r4/Binary/b1"
    )
    with pytest.raises(FatalFhirError, match="not registered"):
        client.resolve("https://attacker.example/Binary/b1")


def test_absolute_urls_need_the_iss_scheme_host_and_port():
    """Issue 20 #5: host alone is not enough; http under an https iss gets no token."""
    client = FhirClient(BASE, StaticToken("t"), allowed_hosts=("binaries.example",))
    assert client.resolve("https://ehr.example:443/fhir/Binary/b1")  # explicit default port
    for url in ("http://ehr.example/fhir/Condition?page=2", "http://binaries.example/Binary/b1"):
        with pytest.raises(FatalFhirError, match="http instead of https") as refused:
            client.resolve(url)
        assert "no access token was sent" in refused.value.message
    for url in ("https://ehr.example:8443/fhir/Binary/b1", "https://ehr.example:x/Binary/b1"):
        with pytest.raises(FatalFhirError, match="not registered"):
            client.resolve(url)


@responses.activate
def test_connection_failure_is_retryable():
    with pytest.raises(RetryableFhirError):
        FhirClient(BASE, StaticToken("t")).get_json("Patient/p1")  # no response registered
