"""A partial read at the network seam (issue 20a): when the EHR hands over one note and not the
other, the items only the missing note could document are "could not be checked", with the
EHR's reason -- never "missing"."""

from __future__ import annotations

import base64
import re
from datetime import date

import responses
from fhir_helpers import BASE, searchset

from smartapp.checklists import load_catalog
from smartapp.checklists.golden import build_bundle
from smartapp.evidence import build_record
from smartapp.fhir import FhirClient, StaticToken, fetch_patient_record
from smartapp.scoring.report import choose_service, score_record

SEARCHED = ("Condition", "Observation", "DocumentReference", "Procedure", "ServiceRequest",
            "DeviceRequest", "Coverage", "MedicationRequest", "Encounter", "DiagnosticReport",
            "CarePlan")  # fmt: skip
TYPED = ("Low back pain radiating to the left leg for 3 weeks. Exam: positive straight leg raise "
         "on the left at 40 degrees. Plan: physical therapy twice weekly.")  # fmt: skip
RECORD = {
    "coverage": {"payor": "CareSource", "member_id": "10000000001", "start": "2026-01-01"},
    "service_request": {"code": "72148", "requester_npi": "1234567893",
                        "occurrence": "2026-03-10", "reason": ["icd10:M54.16"]},
    "conditions": [{"code": "icd10:M54.16", "onset": "2025-11-20"}],
    "notes": [{"date": "2025-12-10", "text": TYPED},
              {"date": "2026-02-20", "text": "Follow-up: exam and plan (never handed over)."}],
}  # fmt: skip


def serve(record_bundle: dict, binary_status: int) -> str:
    """Answer every search from the bundle, the notes as Epic does (a Binary URL each): the first
    note's Binary reads, the second's answers ``binary_status``. Returns the patient id."""
    resources = [entry["resource"] for entry in record_bundle["entry"]]
    notes = [r for r in resources if r["resourceType"] == "DocumentReference"]
    for n, note in enumerate(notes):
        attachment = note["content"][0]["attachment"]
        url = f"{BASE}/Binary/b{n}"
        if n == 0:
            responses.get(url, body=base64.b64decode(attachment["data"]), content_type="text/plain")
        else:
            responses.get(url, status=binary_status)
        note["content"] = [{"attachment": {"contentType": "text/plain", "url": f"Binary/b{n}"}}]
    for kind in SEARCHED:
        found = [r for r in resources if r["resourceType"] == kind]
        responses.get(re.compile(rf"{re.escape(BASE)}/{kind}\?.*"), json=searchset(*found))
    patient = next(r for r in resources if r["resourceType"] == "Patient")
    responses.get(f"{BASE}/Patient/{patient['id']}", json=patient)
    return patient["id"]


def check(binary_status: int) -> dict:
    patient_id = serve(build_bundle(RECORD), binary_status)
    client = FhirClient(BASE, StaticToken("t"), concurrency=2)
    result = fetch_patient_record(client, patient_id)
    record = build_record(result.bundle, result.texts)
    chosen = choose_service(record, "72148", load_catalog())
    report = score_record(record, chosen, as_of=date(2026, 3, 1))
    return {item["id"]: item for item in report["items"]} | {"report": report}


@responses.activate
def test_a_note_the_ehr_did_not_find_leaves_its_items_unchecked_with_the_reason():
    items = check(404)
    # The typed note's exam is older than the 30-day window; the follow-up's could hold one.
    exam = items["LMRI-004"]
    assert exam["status"] == "unknown", exam["searched"]
    assert "1 of 1 note within 30 days before 2026-03-01 could not be read: " in exam["searched"]
    assert "HTTP 404" in exam["searched"]
    assert items["LMRI-007"]["status"] == "unknown"  # the plan: the same
    assert items["CSU-006"]["status"] == "met"  # the typed note is a clinical note all the same


@responses.activate
def test_a_coverage_whose_payor_organization_was_never_read_is_unchecked_not_missing():
    # Coverage.payor is a bare Organization reference (the case builder gives no display) and
    # retrieval reads no Organization: the coverage may be CareSource's.
    items = check(200)
    assert items["CSU-001"]["status"] == "unknown", items["CSU-001"]["searched"]
    assert "name their payor only by a reference not read" in items["CSU-001"]["searched"]


@responses.activate
def test_a_withdrawn_note_is_not_fetched_so_its_failure_cannot_cloud_the_rest():
    # Entered in error or superseded, a note is no evidence; fetching it anyway, a 500 on its
    # Binary made every clinical note "could not be read (in full)".
    documents = [
        {"resourceType": "DocumentReference", "id": f"d{n}", "status": status,
         "date": "2026-02-20", "subject": {"reference": "Patient/p1"},
         "content": [{"attachment": {"contentType": "text/plain", "url": f"Binary/b{n}"}}]}
        for n, status in enumerate(("entered-in-error", "superseded"))
    ]  # fmt: skip
    responses.get(re.compile(rf"{re.escape(BASE)}/DocumentReference\?.*"),
                  json=searchset(*documents))  # fmt: skip
    for kind in SEARCHED:
        if kind != "DocumentReference":
            responses.get(re.compile(rf"{re.escape(BASE)}/{kind}\?.*"), json=searchset())
    responses.get(f"{BASE}/Patient/p1", json={"resourceType": "Patient", "id": "p1"})
    responses.get(re.compile(rf"{re.escape(BASE)}/Binary/.*"), status=500)
    result = fetch_patient_record(FhirClient(BASE, StaticToken("t"), concurrency=2), "p1")
    assert result.warnings == []
    assert not any("/Binary/" in call.request.url for call in responses.calls)
    assert result.counts["DocumentReference"] == 2  # listed all the same (the record says why)


@responses.activate
def test_a_reports_presented_form_is_fetched_and_read_as_its_text():
    # Epic and Oracle Health imaging reports carry their text as a presentedForm URL: unfetched,
    # every report in a window would be a text that could not be read.
    report = {"resourceType": "DiagnosticReport", "id": "r1", "status": "final",
              "subject": {"reference": "Patient/p1"}, "effectiveDateTime": "2026-02-01",
              "code": {"text": "XR lumbar spine"},
              "presentedForm": [{"contentType": "text/plain", "url": "Binary/x1"}]}  # fmt: skip
    responses.get(re.compile(rf"{re.escape(BASE)}/DiagnosticReport\?.*"), json=searchset(report))
    for kind in SEARCHED:
        if kind != "DiagnosticReport":
            responses.get(re.compile(rf"{re.escape(BASE)}/{kind}\?.*"), json=searchset())
    responses.get(f"{BASE}/Patient/p1", json={"resourceType": "Patient", "id": "p1"})
    responses.get(f"{BASE}/Binary/x1", body=b"Impression: mild L4-5 degenerative disc disease.",
                  content_type="text/plain")  # fmt: skip
    result = fetch_patient_record(FhirClient(BASE, StaticToken("t"), concurrency=2), "p1")
    assert result.warnings == []
    (text,) = build_record(result.bundle, result.texts).texts
    assert text.text == "Impression: mild L4-5 degenerative disc disease."
