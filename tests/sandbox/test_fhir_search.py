"""Real FHIR search semantics of the sandbox over loopback HTTP, with an enforced bearer token."""

from __future__ import annotations

import pytest
import requests

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


def test_synthea_transaction_bundles_load_with_references_resolved(sandbox_ehr):
    patients = requests.get(f"{sandbox_ehr.origin}/_admin/requests", timeout=30)
    assert patients.ok
    token = sandbox_ehr.token("plain", None, scope="user/*.read")
    bundle = get(sandbox_ehr, "plain", "Patient", token, family="Kerluke267").json()
    rosa = ids(bundle)
    assert len(rosa) == 1
    conditions = get(sandbox_ehr, "plain", "Condition", token, patient=rosa[0], _count=200).json()
    assert conditions["total"] == 47
