"""Notes at the bound (issue 19): a note's Binary is fetched only when its date can fall in a
lookback window of the checklist that applies; the others are listed as not read, never as gaps."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import responses
from fhir_helpers import BASE, searchset

from smartapp.checklists import load_catalog
from smartapp.checklists.lookback import notes_needed_since
from smartapp.evidence import build_record
from smartapp.fhir import FhirClient, StaticToken, fetch_patient_record
from smartapp.scoring import choose_service, notes_window, score_record

AS_OF = date(2025, 3, 1)
#: A lumbar MRI order (CPT 72148): its checklist's note windows reach back a year at most.
ORDER = {
    "resourceType": "ServiceRequest", "id": "sr1", "status": "active", "intent": "order",
    "subject": {"reference": "Patient/p1"}, "authoredOn": "2025-02-20",
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "72148"}]},
}  # fmt: skip
TEXT = b"Low back pain radiating to the left leg for 10 weeks despite physical therapy."


def dated_note(doc_id: str, when: str | None) -> dict:
    document = {
        "resourceType": "DocumentReference", "id": doc_id, "status": "current",
        "subject": {"reference": "Patient/p1"},
        "content": [{"attachment": {"contentType": "text/plain", "url": f"Binary/{doc_id}"}}],
    }  # fmt: skip
    if when:
        document["date"] = f"{when}T10:00:00Z"
    return document


def serve(*notes: dict) -> None:
    """The record at the network seam: the order, the notes, each note's Binary, nothing else."""
    responses.get(re.compile(rf"{re.escape(BASE)}/ServiceRequest\?.*"), json=searchset(ORDER))
    responses.get(re.compile(rf"{re.escape(BASE)}/DocumentReference\?.*"), json=searchset(*notes))
    for note in notes:
        responses.get(f"{BASE}/Binary/{note['id']}", body=TEXT, content_type="text/plain")
    for kind in ("Condition", "Observation", "Procedure", "DeviceRequest", "Coverage",
                 "MedicationRequest", "Encounter", "DiagnosticReport", "CarePlan"):  # fmt: skip
        responses.get(re.compile(rf"{re.escape(BASE)}/{kind}\?.*"), json=searchset())
    responses.get(f"{BASE}/Patient/p1", json={"resourceType": "Patient", "id": "p1"})


def fetched_binaries() -> set[str]:
    urls = [call.request.url for call in responses.calls]
    return {url.rsplit("/", 1)[-1] for url in urls if "/Binary/" in url}


def fetch(notes_since):  # type: ignore[no-untyped-def]
    client = FhirClient(BASE, StaticToken("t"), concurrency=2)
    return fetch_patient_record(client, "p1", notes_since=notes_since)


def as_the_app_does(resources: dict[str, dict]) -> date | None:
    """What the check runner passes: the window of the checklist the order's service selects."""
    entries = [{"resource": {"resourceType": "Patient", "id": "p1"}}]
    entries += [{"resource": r} for k, r in resources.items() if k.startswith("ServiceRequest/")]
    return notes_window({"resourceType": "Bundle", "entry": entries}, None, as_of=AS_OF)


@responses.activate
def test_a_note_older_than_every_window_is_not_fetched_and_is_listed_as_not_read():
    serve(dated_note("old", "2015-06-01"), dated_note("recent", "2025-02-10"))
    result = fetch(as_the_app_does)
    assert fetched_binaries() == {"recent"}
    assert result.warnings == [] and result.notes_total == 1
    record = build_record(result.bundle)
    report = score_record(record, choose_service(record, None, load_catalog()), as_of=AS_OF)
    assert report["notes_not_read"] == [{
        "reference": "DocumentReference/old", "date": "2015-06-01",
        "why": "not read: older than every lookback window (2015-06-01)",
    }]  # fmt: skip
    # Not unreadable: no warning, no item left unknown because notes "could not be read".
    assert not any("could not be read" in w for w in report["warnings"])
    assert not any("could not be read" in i["searched"] for i in report["items"])


@responses.activate
def test_a_note_inside_a_window_is_fetched():
    serve(dated_note("recent", "2025-02-10"), dated_note("last-year", "2024-04-01"))
    result = fetch(as_the_app_does)
    assert fetched_binaries() == {"recent", "last-year"}  # 365-day imaging window
    assert "notes_not_read" not in score_record(
        build_record(result.bundle), choose_service(build_record(result.bundle), None,
                                                    load_catalog()), as_of=AS_OF)  # fmt: skip


@responses.activate
def test_undated_notes_are_always_fetched():
    serve(dated_note("undated", None), dated_note("old", "2015-06-01"))
    fetch(as_the_app_does)
    assert fetched_binaries() == {"undated"}


@responses.activate
def test_an_item_whose_note_criteria_have_no_window_makes_every_note_fetched():
    checklist = load_catalog().for_service("72148")
    assert notes_needed_since(checklist, AS_OF, date(2025, 2, 20)) is not None
    windowless = replace(checklist, items=(
        *checklist.items,
        replace(checklist.items[0], criteria={"note_finding": {"category": "red-flags"}}),
    ))  # fmt: skip
    serve(dated_note("old", "2015-06-01"), dated_note("recent", "2025-02-10"))
    result = fetch(lambda _resources: notes_needed_since(windowless, AS_OF, date(2025, 2, 20)))
    assert fetched_binaries() == {"old", "recent"}
    assert "not-fetched" not in str(result.bundle)


@responses.activate
def test_each_fetched_note_is_extracted_once_from_binary_to_findings(monkeypatch):
    from smartapp.notes import extract

    calls: list[bytes] = []
    real = extract.extract_text

    def counting(data: bytes, content_type: str) -> str:
        calls.append(data)
        return real(data, content_type)

    monkeypatch.setattr(extract, "extract_text", counting)
    serve(dated_note("recent", "2025-02-10"), dated_note("other", "2025-01-15"))
    result = fetch(as_the_app_does)
    record = build_record(result.bundle, result.texts)
    report = score_record(record, choose_service(record, None, load_catalog()), as_of=AS_OF)
    assert report["items"] and len(calls) == 2  # one per note: the check, then reused
    assert all(note.text and "physical therapy" in note.text for note in record.notes)
