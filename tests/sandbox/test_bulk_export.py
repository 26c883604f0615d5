"""FHIR Bulk Data export from the sandbox, over real HTTP, on the population scenario (40 patients).

Kick-off → polling that honours Retry-After (X-Progress while running) → manifest → NDJSON with
and without the token; Group and ``_type``/``_since`` filtering; cancel; expired links; the error
file; polling too fast; kick-off refusals and injected faults.
"""

from __future__ import annotations

import time
from urllib.parse import unquote

import pytest
import requests
from bulk_flow import (
    backend_client,
    backend_token,
    bearer,
    export,
    kickoff,
    ndjson,
    output,
    poll,
)
from sandbox_peer import start_sandbox, stop_sandbox

from sandbox.synthetic.population import plan

pytestmark = pytest.mark.sandbox
POPULATION = plan(40)
ORDER_PATIENTS = [p for p in POPULATION if p.order]


@pytest.fixture(scope="module")
def peer():
    sandbox = start_sandbox(generated=False, extra=("--population", "40"))
    yield sandbox
    stop_sandbox(sandbox.process)


@pytest.fixture(autouse=True)
def clear_bulk_faults(peer):
    yield
    peer.admin("DELETE", "bulk/faults").raise_for_status()


@pytest.fixture(scope="module")
def client(peer):
    return backend_client(peer)


def token_for(peer, client, tenant="plain"):
    return backend_token(peer, client, tenant)


def test_patient_export_polls_then_serves_manifest_and_ndjson(peer, client):
    token = token_for(peer, client)
    peer.admin("POST", "bulk/faults", {"slow_seconds": 2.5, "retry_after": 1}).raise_for_status()
    started = kickoff(peer, "plain", "Patient/$export", token,
                      _type="Patient,ServiceRequest,DocumentReference")  # fmt: skip
    assert started.status_code == 202
    status_url = started.headers["Content-Location"]
    polled = poll(status_url, token)
    assert polled.progress and all("%" in text for text in polled.progress)
    assert polled.waits and all(wait >= 1 for wait in polled.waits)
    manifest = polled.final.json()
    assert polled.final.headers["Content-Type"].startswith("application/json")
    assert "Expires" in polled.final.headers
    assert manifest["requiresAccessToken"] is True
    assert unquote(manifest["request"]) == unquote(started.request.url)
    assert manifest["transactionTime"].endswith("Z")
    assert manifest["error"] == []
    assert {o["type"] for o in manifest["output"]} == {
        "Patient", "ServiceRequest", "DocumentReference",
    }  # fmt: skip
    for item in manifest["output"]:
        rows = ndjson(item["url"], token)
        assert len(rows) == item["count"]
        assert {row["resourceType"] for row in rows} == {item["type"]}
    patients = {row["id"] for row in ndjson(output(manifest, "Patient")["url"], token)}
    assert {p.id for p in POPULATION} <= patients  # Patient-level: every patient
    # Without the token the file is refused.
    refused = requests.get(output(manifest, "Patient")["url"], timeout=30)
    assert refused.status_code == 401
    assert refused.json()["resourceType"] == "OperationOutcome"


def test_note_attachments_stay_fetchable_with_the_backend_token(peer, client):
    token = token_for(peer, client, "epic")
    manifest = export(peer, "epic", "Group/population-orders/$export", token,
                      _type="DocumentReference")  # fmt: skip
    notes = ndjson(output(manifest, "DocumentReference")["url"], token)
    urls = [c["attachment"]["url"] for n in notes for c in n["content"] if "url" in c["attachment"]]
    assert urls and all(url.startswith(f"{peer.base('epic')}/Binary/") for url in urls)
    # Epic shape: notes come as HTML + RTF only.
    kinds = {c["attachment"]["contentType"] for n in notes for c in n["content"]}
    assert kinds <= {"text/html", "text/rtf"}
    fetched = requests.get(urls[0], headers={**bearer(token), "Accept": "text/html"}, timeout=30)
    assert fetched.status_code == 200


def test_group_export_holds_only_members_and_asked_types(peer, client):
    token = token_for(peer, client, "epic")
    manifest = export(peer, "epic", "Group/population-orders/$export", token,
                      _type="ServiceRequest,DeviceRequest,Patient")  # fmt: skip
    members = {p.id for p in ORDER_PATIENTS}
    assert {o["type"] for o in manifest["output"]} <= {"ServiceRequest", "DeviceRequest", "Patient"}
    patients = ndjson(output(manifest, "Patient")["url"], token)
    assert {row["id"] for row in patients} == members
    orders = []
    for kind in ("ServiceRequest", "DeviceRequest"):
        item = next((o for o in manifest["output"] if o["type"] == kind), None)
        orders += ndjson(item["url"], token) if item else []
    assert {o["subject"]["reference"].removeprefix("Patient/") for o in orders} == members
    open_orders = {f"{o['resourceType']}/{o['id']}" for o in orders
                   if o["status"] in ("draft", "active")}  # fmt: skip
    assert open_orders == {p.order for p in ORDER_PATIENTS}


def test_unknown_group_is_404(peer, client):
    token = token_for(peer, client)
    response = kickoff(peer, "plain", "Group/no-such-group/$export", token)
    assert response.status_code == 404
    assert response.json()["resourceType"] == "OperationOutcome"


def test_since_exports_only_what_changed_after_it(peer, client):
    token = token_for(peer, client)
    first = export(peer, "plain", "Group/population/$export", token, _type="Condition")
    since = first["transactionTime"]
    time.sleep(1.1)  # instants have second precision
    writer = peer.token("plain", scope="system/Condition.cruds")
    condition = ndjson(output(first, "Condition")["url"], token)[0]
    condition["note"] = [{"text": "Reviewed at the annual visit."}]
    url = f"{peer.base('plain')}/Condition/{condition['id']}"
    assert requests.put(url, json=condition, headers=bearer(writer), timeout=30).ok
    later = export(peer, "plain", "Group/population/$export", token,
                   _type="Condition", _since=since)  # fmt: skip
    rows = ndjson(output(later, "Condition")["url"], token)
    assert [row["id"] for row in rows] == [condition["id"]]


def test_cancel_then_status_is_404(peer, client):
    token = token_for(peer, client)
    peer.admin("POST", "bulk/faults", {"slow_seconds": 30}).raise_for_status()
    started = kickoff(peer, "plain", "Patient/$export", token)
    status_url = started.headers["Content-Location"]
    cancelled = requests.delete(status_url, headers=bearer(token), timeout=30)
    assert cancelled.status_code == 202
    gone = requests.get(status_url, headers=bearer(token), timeout=30)
    assert gone.status_code == 404
    assert gone.json()["resourceType"] == "OperationOutcome"


def test_polling_sooner_than_retry_after_is_429(peer, client):
    token = token_for(peer, client)
    peer.admin("POST", "bulk/faults", {"slow_seconds": 20, "retry_after": 5}).raise_for_status()
    status_url = kickoff(peer, "plain", "Patient/$export", token).headers["Content-Location"]
    first = requests.get(status_url, headers=bearer(token), timeout=30)
    assert first.status_code == 202 and first.headers["Retry-After"] == "5"
    second = requests.get(status_url, headers=bearer(token), timeout=30)
    assert second.status_code == 429
    assert 1 <= int(second.headers["Retry-After"]) <= 5
    requests.delete(status_url, headers=bearer(token), timeout=30)


def test_expired_links_answer_410_and_status_404(peer, client):
    token = token_for(peer, client)
    started = kickoff(peer, "plain", "Group/population-orders/$export", token, _type="Patient")
    manifest = poll(started.headers["Content-Location"], token).final.json()
    peer.admin("POST", "bulk/expire").raise_for_status()
    expired = requests.get(output(manifest, "Patient")["url"], headers=bearer(token), timeout=30)
    assert expired.status_code == 410
    assert expired.json()["issue"][0]["code"] == "expired"
    status = requests.get(started.headers["Content-Location"], headers=bearer(token), timeout=30)
    assert status.status_code == 404


def test_short_file_ttl_expires_links(peer, client):
    token = token_for(peer, client)
    manifest = export(peer, "plain", "Group/population-orders/$export", token, _type="Patient")
    url = output(manifest, "Patient")["url"]
    assert requests.get(url, headers=bearer(token), timeout=30).status_code == 200
    # Links live file_ttl seconds after completion (--bulk-file-ttl; here shortened afterwards).
    peer.admin("POST", "bulk/faults", {"file_ttl": 0.5}).raise_for_status()
    time.sleep(0.6)
    assert requests.get(url, headers=bearer(token), timeout=30).status_code == 410


def test_links_can_expire_while_a_client_is_still_reading(peer, client):
    token = token_for(peer, client)
    manifest = export(peer, "plain", "Group/population-orders/$export", token,
                      _type="Patient,Condition")  # fmt: skip
    peer.admin("POST", "bulk/faults", {"expire_after_files": 1}).raise_for_status()
    first, second = (output(manifest, kind)["url"] for kind in ("Patient", "Condition"))
    assert requests.get(first, headers=bearer(token), timeout=30).status_code == 200
    gone = requests.get(second, headers=bearer(token), timeout=30)
    assert gone.status_code == 410 and "expired" in gone.text
    assert peer.admin("GET", "bulk/faults").json()["files_served"] == 1


def test_error_file_names_failed_type_and_patient_and_run_completes(peer, client):
    token = token_for(peer, client)
    failing = ORDER_PATIENTS[0].id
    faults = {"error_types": ["Observation"], "fail_patients": [failing]}
    peer.admin("POST", "bulk/faults", faults).raise_for_status()
    manifest = export(peer, "plain", "Group/population-orders/$export", token,
                      _type="Patient,Observation,Condition")  # fmt: skip
    assert len(manifest["error"]) == 1 and manifest["error"][0]["type"] == "OperationOutcome"
    issues = ndjson(manifest["error"][0]["url"], token)
    texts = [o["issue"][0]["details"]["text"] for o in issues]
    assert any(text.startswith("Observation") for text in texts)
    assert any(f"Patient/{failing}" in text for text in texts)
    assert all(o["resourceType"] == "OperationOutcome" for o in issues)
    patients = {row["id"] for row in ndjson(output(manifest, "Patient")["url"], token)}
    assert patients == {p.id for p in ORDER_PATIENTS[1:]}
    assert "Observation" not in {o["type"] for o in manifest["output"]}


def test_failed_export_status_is_500_operation_outcome(peer, client):
    token = token_for(peer, client)
    peer.admin("POST", "bulk/faults", {"fail_job": True}).raise_for_status()
    started = kickoff(peer, "plain", "Group/population-orders/$export", token, _type="Patient")
    final = poll(started.headers["Content-Location"], token).final
    assert final.status_code == 500
    assert final.json()["resourceType"] == "OperationOutcome"


def test_files_without_token_when_manifest_says_so(peer, client):
    token = token_for(peer, client)
    peer.admin("POST", "bulk/faults", {"requires_access_token": False}).raise_for_status()
    manifest = export(peer, "plain", "Group/population-orders/$export", token, _type="Patient")
    assert manifest["requiresAccessToken"] is False
    assert len(ndjson(output(manifest, "Patient")["url"], None)) == len(ORDER_PATIENTS)


def test_injected_kickoff_fault_then_recovery(peer, client):
    token = token_for(peer, client)
    fault = {"kickoff_status": 503, "retry_after": 2}
    peer.admin("POST", "bulk/faults", fault).raise_for_status()
    refused = kickoff(peer, "plain", "Patient/$export", token)
    assert refused.status_code == 503 and refused.headers["Retry-After"] == "2"
    assert refused.json()["resourceType"] == "OperationOutcome"
    accepted = kickoff(peer, "plain", "Patient/$export", token, _type="Patient")
    assert accepted.status_code == 202
    requests.delete(accepted.headers["Content-Location"], headers=bearer(token), timeout=30)


@pytest.mark.parametrize(
    ("prefer", "params", "status"),
    [
        ("", {}, 400),
        ("respond-async", {"_type": "Binary"}, 400),
        ("respond-async", {"_outputFormat": "text/csv"}, 400),
        ("respond-async", {"_since": "yesterday"}, 400),
        ("respond-async", {"_typeFilter": "Condition?code=I10"}, 400),
        ("respond-async, handling=lenient", {"_typeFilter": "Condition?code=I10"}, 202),
        ("respond-async", {"_type": "Immunization"}, 403),  # not in the token's scopes
    ],
    ids=["no-prefer", "binary", "csv", "bad-since", "typefilter", "lenient", "unscoped-type"],
)
def test_kickoff_refusals(peer, client, prefer, params, status):
    token = token_for(peer, client)
    response = kickoff(peer, "plain", "Patient/$export", token, prefer=prefer, **params)
    assert response.status_code == status, response.text
    if status == 202:
        requests.delete(response.headers["Content-Location"], headers=bearer(token), timeout=30)
    else:
        assert response.json()["resourceType"] == "OperationOutcome"


def test_kickoff_needs_a_system_token(peer):
    assert kickoff(peer, "plain", "Patient/$export", None).status_code == 401
    patient_token = peer.token("plain", patient=POPULATION[0].id, scope="patient/*.read")
    assert kickoff(peer, "plain", "Patient/$export", patient_token).status_code == 403


def test_capability_statement_advertises_export(peer):
    statement = requests.get(f"{peer.base('epic')}/metadata", timeout=30).json()
    assert (
        "http://hl7.org/fhir/uv/bulkdata/CapabilityStatement/bulk-data" in statement["instantiates"]
    )
    resources = {r["type"]: r for r in statement["rest"][0]["resource"]}
    for kind in ("Patient", "Group"):
        assert resources[kind]["operation"][0]["name"] == "export"


def test_v1_tenant_exports_with_v1_system_scopes(peer, client):
    scope = "system/Patient.read system/Group.read system/ServiceRequest.read"
    token = backend_token(peer, client, "epic-v1", scope=scope)
    manifest = export(peer, "epic-v1", "Group/population-orders/$export", token)
    assert {o["type"] for o in manifest["output"]} == {"Patient", "ServiceRequest"}


def test_another_client_cannot_poll_or_download(peer, client):
    token = token_for(peer, client)
    started = kickoff(peer, "plain", "Group/population-orders/$export", token, _type="Patient")
    manifest = poll(started.headers["Content-Location"], token).final.json()
    stranger = token_for(peer, backend_client(peer))
    status = requests.get(started.headers["Content-Location"], headers=bearer(stranger), timeout=30)
    assert status.status_code == 403
    file = requests.get(output(manifest, "Patient")["url"], headers=bearer(stranger), timeout=30)
    assert file.status_code == 403
