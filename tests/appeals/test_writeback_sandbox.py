"""Write-back over real HTTP: the sandbox gateway creates a DocumentReference with a write scope
(v1 and v2 syntax) and refuses it — 403 with an OperationOutcome — without one, or for another
patient. Each test writes to a patient it creates, so no scenario patient's record changes."""

from __future__ import annotations

import base64
from datetime import UTC, datetime

import pytest
import requests

from smartapp.errors import FatalFhirError
from smartapp.exports import build_document_reference, can_write_back, gap_report_pdf, write_back
from smartapp.fhir import FhirClient
from smartapp.fhir.token_providers import StaticToken

pytestmark = pytest.mark.sandbox

CREATED = datetime(2026, 11, 22, 15, 30, tzinfo=UTC)
REPORT = {
    "patient": "Patient/x", "as_of": "2026-11-22",
    "service": {"system": "cpt", "code": "72148", "topic": "advanced-imaging"},
    "checklist": {"id": "caresource-advanced-imaging-lumbar-mri", "version": "1.0.0"},
    "readiness": 100, "items": [], "warnings": [],
}  # fmt: skip


@pytest.fixture
def new_patient(sandbox_ehr) -> str:
    """A fresh Patient created with a system-level token (the admin API only mints tokens)."""
    token = sandbox_ehr.token("plain", None, scope="system/Patient.write")
    response = requests.post(
        f"{sandbox_ehr.base('plain')}/Patient",
        json={"resourceType": "Patient", "name": [{"family": "Writeback"}]},
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/fhir+json"},
        timeout=30,
    )
    assert response.status_code == 201, response.text
    return response.json()["id"]


def _client(sandbox_ehr, patient: str, scope: str) -> FhirClient:
    token = sandbox_ehr.token("plain", patient, scope=scope)
    return FhirClient(sandbox_ehr.base("plain"), StaticToken(token))


def _document(patient: str) -> dict:
    pdf = gap_report_pdf({**REPORT, "patient": f"Patient/{patient}"})
    return build_document_reference(
        pdf,
        patient_ref=f"Patient/{patient}",
        created=CREATED,
        description="PA documentation gap report, CPT 72148",
        author_ref="Practitioner/md-whitfield",
    )


@pytest.mark.parametrize(
    "scope",
    [
        "patient/DocumentReference.read patient/DocumentReference.write",
        "patient/DocumentReference.cr",
    ],
)
def test_create_with_a_write_scope(sandbox_ehr, new_patient, scope) -> None:
    assert can_write_back(scope)
    client = _client(sandbox_ehr, new_patient, scope)
    document = _document(new_patient)
    result = write_back(client, document)
    assert result["id"]
    stored = client.get_json(f"DocumentReference/{result['id']}")
    assert stored["subject"]["reference"].endswith(f"Patient/{new_patient}")
    attachment = stored["content"][0]["attachment"]
    assert attachment["contentType"] == "application/pdf"
    assert base64.b64decode(attachment["data"]).startswith(b"%PDF-")
    assert stored["author"] == [{"reference": "Practitioner/md-whitfield"}]


def test_refused_without_a_write_scope(sandbox_ehr, new_patient) -> None:
    scope = "patient/*.read"
    assert not can_write_back(scope)
    client = _client(sandbox_ehr, new_patient, scope)
    with pytest.raises(FatalFhirError) as refused:
        write_back(client, _document(new_patient))
    assert refused.value.status == 403
    token = sandbox_ehr.token("plain", new_patient, scope=scope)
    raw = requests.post(
        f"{sandbox_ehr.base('plain')}/DocumentReference", json=_document(new_patient),
        headers={"Authorization": f"Bearer {token}"}, timeout=30,
    )  # fmt: skip
    assert raw.status_code == 403
    assert raw.json()["resourceType"] == "OperationOutcome"
    assert raw.json()["issue"][0]["code"] == "forbidden"
    # Nothing was created on the way: a search still finds no document for the patient.
    found = client.get_json("DocumentReference", params={"patient": new_patient})
    assert not found.get("entry")


def test_refused_for_another_patient(sandbox_ehr, new_patient) -> None:
    client = _client(sandbox_ehr, new_patient, "patient/DocumentReference.c")
    with pytest.raises(FatalFhirError) as refused:
        write_back(client, _document("lmri-complete"))
    assert refused.value.status == 403
