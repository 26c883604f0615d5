"""Real FHIR search semantics of the sandbox over loopback HTTP, with an enforced bearer token."""

from __future__ import annotations

import json
import re
import uuid
from collections import Counter

import pytest
import requests

from sandbox import synthetic
from sandbox.engine import EngineClient, EngineProcess

pytestmark = pytest.mark.sandbox
PATIENT = "lmri-complete"


def get(sandbox, tenant, path, token, **params):
    return requests.get(
        f"{sandbox.base(tenant)}/{path}",
        params=params,
        headers={"Authorization": f"Bearer {token}", "Accept": "application/fhir+json"},
        timeout=30,
    )


@pytest.fixture(scope="module")
def token(sandbox_ehr):
    return sandbox_ehr.token("plain", PATIENT)


def ids(bundle, mode="match"):
    return [e["resource"]["id"] for e in bundle.get("entry", []) if e["search"]["mode"] == mode]


def test_patient_and_subject_find_the_same_records(sandbox_ehr, token):
    by_patient = get(sandbox_ehr, "plain", "Condition", token, patient=PATIENT).json()
    by_subject = get(sandbox_ehr, "plain", "Condition", token, subject=f"Patient/{PATIENT}").json()
    assert ids(by_patient) == ids(by_subject) == ["lmri-complete-dx-radiculopathy"]


def test_code_with_system_matches_icd10(sandbox_ehr, token):
    hit = get(
        sandbox_ehr,
        "plain",
        "Condition",
        token,
        patient=PATIENT,
        code="http://hl7.org/fhir/sid/icd-10-cm|M51.16",
    ).json()
    miss = get(
        sandbox_ehr,
        "plain",
        "Condition",
        token,
        patient=PATIENT,
        code="http://hl7.org/fhir/sid/icd-10-cm|M17.11",
    ).json()
    assert ids(hit) == ["lmri-complete-dx-radiculopathy"]
    assert ids(miss) == []


def test_category_type_and_status(sandbox_ehr, token):
    survey = get(sandbox_ehr, "plain", "Observation", token, patient=PATIENT, category="survey")
    assert ids(survey.json()) == ["lmri-complete-oswestry"]
    notes = get(
        sandbox_ehr,
        "plain",
        "DocumentReference",
        token,
        patient=PATIENT,
        type="http://loinc.org|11506-3",
    ).json()
    assert ids(notes) == ["lmri-complete-note-follow-up"]
    drafts = get(sandbox_ehr, "plain", "ServiceRequest", token, patient=PATIENT, status="draft")
    assert ids(drafts.json()) == ["lmri-complete-order"]
    active = get(sandbox_ehr, "plain", "ServiceRequest", token, patient=PATIENT, status="active")
    assert ids(active.json()) == []


def test_date_range_and_sort(sandbox_ehr, token):
    bundle = get(
        sandbox_ehr,
        "plain",
        "Procedure",
        token,
        patient=PATIENT,
        date=["ge2026-10-01", "lt2026-11-01"],
        _sort="-date",
    ).json()
    dates = [e["resource"]["performedDateTime"] for e in bundle["entry"]]
    assert dates == ["2026-10-27", "2026-10-20", "2026-10-13", "2026-10-06"]


def test_include_adds_the_requester(sandbox_ehr, token):
    bundle = get(
        sandbox_ehr,
        "plain",
        "ServiceRequest",
        token,
        patient=PATIENT,
        _include="ServiceRequest:requester",
    ).json()
    assert ids(bundle) == ["lmri-complete-order"]
    assert ids(bundle, "include") == ["md-whitfield"]


def test_paging_follows_next_links_verbatim(sandbox_ehr, token):
    url = f"{sandbox_ehr.base('plain')}/Procedure"
    params = {"patient": PATIENT, "_count": 4, "_sort": "date"}
    seen, pages = [], 0
    while url:
        response = requests.get(
            url, params=params, timeout=30, headers={"Authorization": f"Bearer {token}"}
        )
        bundle = response.json()
        seen += ids(bundle)
        assert all(e["fullUrl"].startswith(sandbox_ehr.base("plain")) for e in bundle["entry"])
        url = next((link["url"] for link in bundle["link"] if link["relation"] == "next"), None)
        params, pages = None, pages + 1
    assert pages == 3  # 9 procedures: 4 + 4 + 1, and no empty page after the last
    assert len(seen) == len(set(seen)) == 9


def test_read_and_binary(sandbox_ehr, token):
    patient = get(sandbox_ehr, "plain", f"Patient/{PATIENT}", token).json()
    assert patient["name"][0]["family"] == "Quintero"
    binary = get(sandbox_ehr, "plain", "Binary/lmri-complete-note-initial-html", token).json()
    assert binary["resourceType"] == "Binary" and binary["contentType"] == "text/html"


def as_posted_transaction(bundle: dict, kinds: set[str]) -> dict:
    """The bundle as Synthea and most exporters write one: POST entries without ids, fullUrls and
    references as ``urn:uuid``s the server must resolve to the ids it assigns."""
    entries = [e for e in bundle["entry"] if e["resource"]["resourceType"] in kinds]
    keys = [f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in entries]
    urns = {key: f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, key)}" for key in keys}
    text = re.sub(r'"reference": "([A-Za-z]+/[^"]+)"',
                  lambda m: f'"reference": "{urns.get(m[1], m[1])}"', json.dumps(entries))
    posted = []
    for entry in json.loads(text):
        resource = entry["resource"]
        key = f"{resource['resourceType']}/{resource.pop('id')}"
        posted.append({"fullUrl": urns[key], "resource": resource,
                       "request": {"method": "POST", "url": resource["resourceType"]}})  # fmt: skip
    return {"resourceType": "Bundle", "type": "transaction", "entry": posted}


def test_a_posted_transaction_bundle_loads_with_its_references_resolved(tmp_path):
    # The sandbox's own seeds are PUT (fixed ids); the engine still loads exporters' bundles.
    kinds = {"Patient", "Encounter", "Condition", "Observation"}
    seed = tmp_path / "posted.json"
    seed.write_text(json.dumps(as_posted_transaction(synthetic.bundle("gen-asthma"), kinds)))
    engine = EngineProcess([seed], start_timeout=60)
    try:
        client = EngineClient(engine.start())
        (patient,) = client.search("Patient", {"family": "Brandvold"})
        assert patient["id"] != "gen-asthma"  # the engine chose it
        expected = Counter(e["resource"]["resourceType"] for e in synthetic.bundle("gen-asthma")
                           ["entry"] if e["resource"]["resourceType"] in kinds)  # fmt: skip
        for kind in ("Encounter", "Condition", "Observation"):
            found = client.search(kind, {"patient": patient["id"]})
            assert len(found) == expected[kind]
            subjects = {r["subject"]["reference"] for r in found}
            assert subjects == {f"Patient/{patient['id']}"}
        condition = client.search("Condition", {"patient": patient["id"]})[0]
        encounter = condition["encounter"]["reference"].split("/")
        assert client.read(*encounter) is not None  # urn:uuid resolved to the assigned id
    finally:
        engine.stop()
