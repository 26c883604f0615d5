"""Token enforcement and the Epic / Oracle Health behaviour profiles of the sandbox gateway."""

from __future__ import annotations

import base64

import pytest
import requests

pytestmark = pytest.mark.sandbox
PATIENT = "lmri-complete"


def get(sandbox, tenant, path, token=None, accept="application/fhir+json", **params):
    headers = {"Accept": accept}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return requests.get(
        f"{sandbox.base(tenant)}/{path}", params=params, headers=headers, timeout=30
    )


@pytest.mark.parametrize("token", [None, "not-a-token"])
def test_missing_or_unknown_token_is_401_with_outcome(sandbox_ehr, token):
    response = get(sandbox_ehr, "plain", "Patient", token, _id=PATIENT)
    assert response.status_code == 401
    assert "invalid_token" in response.headers["WWW-Authenticate"]
    assert response.json()["resourceType"] == "OperationOutcome"


def test_expired_and_revoked_tokens_are_401(sandbox_ehr):
    expired = sandbox_ehr.token("plain", PATIENT, expires_in=-1)
    assert get(sandbox_ehr, "plain", f"Patient/{PATIENT}", expired).status_code == 401
    token = sandbox_ehr.token("plain", PATIENT)
    assert get(sandbox_ehr, "plain", f"Patient/{PATIENT}", token).status_code == 200
    sandbox_ehr.admin("POST", "tokens/revoke", {"token": token}).raise_for_status()
    assert get(sandbox_ehr, "plain", f"Patient/{PATIENT}", token).status_code == 401


def test_token_of_another_tenant_is_401(sandbox_ehr):
    token = sandbox_ehr.token("cerner", PATIENT)
    assert get(sandbox_ehr, "plain", f"Patient/{PATIENT}", token).status_code == 401


def test_type_outside_the_scopes_is_403(sandbox_ehr):
    token = sandbox_ehr.token("plain", PATIENT, scope="patient/Condition.rs")
    assert get(sandbox_ehr, "plain", "Condition", token, patient=PATIENT).status_code == 200
    refused = get(sandbox_ehr, "plain", "Observation", token, patient=PATIENT, category="survey")
    assert refused.status_code == 403
    assert refused.json()["issue"][0]["code"] == "forbidden"


def test_patient_scope_confines_reads_and_searches(sandbox_ehr):
    token = sandbox_ehr.token("plain", PATIENT)
    assert get(sandbox_ehr, "plain", "Condition", token, patient="tka-complete").status_code == 403
    assert get(sandbox_ehr, "plain", "Condition", token).status_code == 403  # no patient named
    assert get(sandbox_ehr, "plain", "Patient/tka-complete", token).status_code == 403
    assert (
        get(sandbox_ehr, "plain", "Binary/tka-complete-note-ortho-html", token).status_code == 403
    )
    assert get(sandbox_ehr, "plain", "Practitioner/md-whitfield", token).status_code == 200


def test_epic_needs_category_or_code_for_observations(sandbox_ehr):
    token = sandbox_ehr.token("epic", PATIENT)
    refused = get(sandbox_ehr, "epic", "Observation", token, patient=PATIENT)
    assert refused.status_code == 400
    assert refused.json()["issue"][0]["code"] == "required"
    assert (
        get(
            sandbox_ehr, "epic", "Observation", token, patient=PATIENT, category="survey"
        ).status_code
        == 200
    )


def test_epic_searchsets_carry_an_outcome_entry_and_html_rtf_notes(sandbox_ehr):
    token = sandbox_ehr.token("epic", PATIENT)
    response = get(sandbox_ehr, "epic", "DocumentReference", token, patient=PATIENT)
    assert response.headers["Content-Type"].startswith("application/json+fhir")
    entries = response.json()["entry"]
    outcomes = [e for e in entries if e["search"]["mode"] == "outcome"]
    assert len(outcomes) == 1 and outcomes[0]["resource"]["resourceType"] == "OperationOutcome"
    for entry in entries:
        if entry["search"]["mode"] == "match":
            types = [c["attachment"]["contentType"] for c in entry["resource"]["content"]]
            assert types == ["text/html", "text/rtf"]


def test_cerner_caps_document_pages_and_shows_pdf_xml_pairs(sandbox_ehr):
    token = sandbox_ehr.token("cerner", "lmri-bulk")
    bundle = get(
        sandbox_ehr, "cerner", "DocumentReference", token, patient="lmri-bulk", _count=500
    ).json()
    assert bundle["total"] == 45
    assert len(bundle["entry"]) == 45  # all fit in one capped page of 100
    first = bundle["entry"][0]["resource"]["content"]
    assert [c["attachment"]["contentType"] for c in first] == ["application/pdf", "application/xml"]
    assert first[0]["attachment"]["url"].startswith(sandbox_ehr.base("cerner") + "/Binary/")
    self_link = next(link["url"] for link in bundle["link"] if link["relation"] == "self")
    assert "_count=100" in self_link


def test_cerner_binary_content_negotiation(sandbox_ehr):
    token = sandbox_ehr.token("cerner", PATIENT)
    path = "Binary/lmri-complete-note-initial-pdf"
    raw = get(sandbox_ehr, "cerner", path, token, accept="application/pdf")
    assert raw.status_code == 200 and raw.content.startswith(b"%PDF")
    as_json = get(sandbox_ehr, "cerner", path, token, accept="application/fhir+json")
    assert base64.b64decode(as_json.json()["data"]) == raw.content
    refused = get(sandbox_ehr, "cerner", path, token, accept="application/json")
    assert refused.status_code == 406


def test_metadata_advertises_oauth_uris(sandbox_ehr):
    statement = requests.get(f"{sandbox_ehr.base('cerner')}/metadata", timeout=30).json()
    security = statement["rest"][0]["security"]
    uris = {
        ext["url"]: ext["valueUri"]
        for outer in security["extension"]
        for ext in outer.get("extension", [])
    }
    assert uris["authorize"].startswith(f"{sandbox_ehr.origin}/cerner/oauth2/")
    assert uris["token"].endswith("/cerner/oauth2/token")


def test_a_filtered_scope_allows_only_searches_with_its_filter(sandbox_ehr):
    """SMART v2 ``patient/Observation.rs?category=vital-signs``: vital signs may be searched,
    other categories or an unfiltered search are refused (403)."""
    token = sandbox_ehr.token("plain", PATIENT, scope="patient/Observation.rs?category=vital-signs")
    vitals = get(sandbox_ehr, "plain", "Observation", token, patient=PATIENT,
                 category="vital-signs")  # fmt: skip
    assert vitals.status_code == 200 and vitals.json()["resourceType"] == "Bundle"
    for params in ({"patient": PATIENT}, {"patient": PATIENT, "category": "laboratory"}):
        refused = get(sandbox_ehr, "plain", "Observation", token, **params)
        assert refused.status_code == 403
        assert "category=vital-signs" in refused.json()["issue"][0]["details"]["text"]
    wide = sandbox_ehr.token("plain", PATIENT, scope="patient/Observation.rs?category=vital-signs "
                                                    "patient/Observation.rs")  # fmt: skip
    assert get(sandbox_ehr, "plain", "Observation", wide, patient=PATIENT).status_code == 200


@pytest.mark.parametrize(
    ("tenant", "dropped"),
    [("plain", set()), ("cerner", {"meta.tag", "identifier"}),
     ("epic", {"meta.tag", "identifier", "description", "title"})],
)
def test_what_each_profile_keeps_of_a_created_document(sandbox_ehr, tenant, dropped):
    """Oracle Health ignores fields its DocumentReference create does not support; Epic files the
    note from its content: app markers in those fields do not survive (only the text does)."""
    token = sandbox_ehr.token(tenant, PATIENT, scope="patient/DocumentReference.cr")
    document = {
        "resourceType": "DocumentReference", "status": "current",
        "meta": {"tag": [{"system": "urn:example:app", "code": "report"}]},
        "identifier": [{"system": "urn:example:app", "value": "1"}],
        "description": "App report", "subject": {"reference": f"Patient/{PATIENT}"},
        "content": [{"attachment": {"contentType": "text/plain", "title": "App report",
                                    "data": base64.b64encode(b"report text").decode()}}],
    }  # fmt: skip
    created = requests.post(f"{sandbox_ehr.base(tenant)}/DocumentReference", json=document,
                            headers={"Authorization": f"Bearer {token}"}, timeout=30)  # fmt: skip
    assert created.status_code == 201, created.text[:300]
    kept = get(sandbox_ehr, "plain", f"DocumentReference/{created.json()['id']}",
               sandbox_ehr.token("plain", None, scope="system/DocumentReference.read")).json()
    present = {
        "meta.tag": any(t.get("system") == "urn:example:app"
                        for t in (kept.get("meta") or {}).get("tag") or []),
        "identifier": bool(kept.get("identifier")),
        "description": "description" in kept,
        "title": "title" in kept["content"][0]["attachment"],
    }  # fmt: skip
    assert {name for name, there in present.items() if not there} == dropped
    assert base64.b64decode(kept["content"][0]["attachment"]["data"]) == b"report text"
