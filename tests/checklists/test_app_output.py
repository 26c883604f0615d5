"""The app's own documents in a record (issue 12): a gap report or appeal packet written back to the
chart is recognised — by its FHIR markers, by the marker line in its text when an EHR dropped the
markers, or by the shape of an older report's text — left out of the notes, counted in the report,
and never cited or enclosed by an appeal letter. Scored offline over the project's scenarios."""

from __future__ import annotations

import base64
import copy
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from smartapp.appeals import Denial
from smartapp.appeals.packet import build_packet
from smartapp.evidence import build_record
from smartapp.evidence.app_output import IDENTIFIER_SYSTEM, TAG_SYSTEM, marked_by, text_marked_by
from smartapp.exports import appeal_packet_pdf, build_document_reference, gap_report_pdf
from smartapp.scoring import score_bundle

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"
AS_OF = date(2026, 11, 22)
WRITTEN = datetime(2026, 11, 22, 9, 30, tzinfo=UTC)
#: An older write-back: no marker anywhere, but a gap report's text (the one that leaked).
OLD_REPORT_TEXT = """Documentation gap report
Patient: Patient/lmri-gapped
Readiness: 82/100
Required gaps (4)
PARTIAL — LMRI-003 Six weeks of provider-directed conservative care in the last 3 months (required)
Add: Document the conservative care tried in the last 3 months, with start dates.
MISSING — LMRI-001 Red-flag findings (cauda equina, progressive deficit) (recommended)
Add: If a red flag is present (saddle anaesthesia, bladder/bowel change, progressive weakness,
history of cancer, fever/IV drug use, trauma), document it in the note and the problem list.
"""


def scenario(name: str) -> dict:
    return json.loads((SCENARIOS / f"{name}.json").read_text())


def with_document(bundle: dict, document: dict, doc_id: str) -> dict:
    bundle = copy.deepcopy(bundle)
    document = {**document, "id": doc_id}
    bundle["entry"].append({"fullUrl": f"DocumentReference/{doc_id}", "resource": document})
    return bundle


def written_back(report: dict, *, kind: str = "gap-report", pdf: bytes | None = None) -> dict:
    """The DocumentReference write-back creates, as the app builds it."""
    return build_document_reference(
        pdf or gap_report_pdf(report), patient_ref=report["patient"], created=WRITTEN,
        description="gap report", kind=kind, author_ref="Practitioner/md-whitfield",
    )  # fmt: skip


def dropped_markers(document: dict) -> dict:
    """What an EHR that keeps only the standard note fields stores: no meta, no identifier, no
    description, no attachment title — only the PDF itself carries the app's marker."""
    kept = {k: v for k, v in document.items() if k not in ("meta", "identifier", "description")}
    kept["content"] = [{"attachment": {k: v for k, v in c["attachment"].items() if k != "title"}}
                       for c in document["content"]]  # fmt: skip
    return kept


def plain_note(text: str, date_: str = "2026-11-20") -> dict:
    data = base64.b64encode(text.encode()).decode()
    return {
        "resourceType": "DocumentReference", "status": "current", "date": date_,
        "subject": {"reference": "Patient/lmri-gapped"},
        "type": {"coding": [{"system": "http://loinc.org", "code": "11506-3"}]},
        "content": [{"attachment": {"contentType": "text/plain", "data": data}}],
    }  # fmt: skip


def statuses(report: dict) -> dict[str, str]:
    return {item["id"]: item["status"] for item in report["items"]}


@pytest.fixture(scope="module")
def gapped() -> tuple[dict, dict]:
    bundle = scenario("lmri-gapped")
    return bundle, score_bundle(bundle, as_of=AS_OF)


@pytest.mark.parametrize(
    ("variant", "why"),
    [("as written", "meta.tag"), ("markers dropped", "text marker"),
     ("older text", "gap report text")],
)
def test_a_written_back_report_changes_nothing_on_recheck(gapped, variant, why):
    """The issue's case: the gapped MRI patient went to "Ready to submit" when its own report,
    with "saddle anaesthesia" in a remedy, was read as a note. Now every status is unchanged and
    the report says one document written by the app was not counted."""
    bundle, before = gapped
    document = written_back(before)
    if variant == "markers dropped":
        document = dropped_markers(document)
    elif variant == "older text":
        document = plain_note(OLD_REPORT_TEXT, "2026-11-22")
    after = score_bundle(with_document(bundle, document, "written-1"), as_of=AS_OF)
    assert statuses(after) == statuses(before)
    assert (after["readiness"], after["state"]) == (before["readiness"], before["state"])
    assert after["app_documents"] == [{"reference": "DocumentReference/written-1", "why": why}]
    assert not any("written-1" in warning for warning in after["warnings"])  # not "unreadable"
    cited = [e["reference"] for item in after["items"] for e in item["evidence"]]
    assert not any("written-1" in ref for ref in cited)


def test_an_appeal_packet_in_the_chart_is_never_cited_or_enclosed(gapped):
    bundle, report = gapped
    denial = Denial.from_dict({
        "denial_date": "2026-11-20", "plan_type": "medicaid", "state": "OH", "codes": "CO-50",
        "reason_text": "Conservative care not documented.",
    })  # fmt: skip
    first = build_packet(bundle, denial, as_of=AS_OF)
    packet_doc = dropped_markers(written_back(report, kind="appeal-packet",
                                              pdf=appeal_packet_pdf(first)))  # fmt: skip
    report_doc = written_back(report)
    record = with_document(with_document(bundle, packet_doc, "packet-1"), report_doc, "report-1")
    packet = build_packet(record, denial, as_of=AS_OF)
    assert {d["reference"] for d in packet["report"]["app_documents"]} == {
        "DocumentReference/packet-1", "DocumentReference/report-1"}  # fmt: skip
    enclosed = [a["reference"] for a in packet["attachments"]]
    cited = [c["reference"] for p in packet["letter"]["paragraphs"] for s in p["sentences"]
             for c in s["citations"]]  # fmt: skip
    for ref in ("DocumentReference/packet-1", "DocumentReference/report-1"):
        assert ref not in enclosed and ref not in cited
    assert enclosed == [a["reference"] for a in first["attachments"]]


def test_markers_on_what_the_app_writes(gapped):
    _bundle, report = gapped
    document = written_back(report)
    assert document["meta"]["tag"][0]["system"] == TAG_SYSTEM
    assert marked_by(document) == "meta.tag"
    assert marked_by({k: v for k, v in document.items() if k != "meta"}) == "identifier"
    titled = dropped_markers(document)
    titled["content"][0]["attachment"]["title"] = "PA Documentation Check gap report, CPT 72148"
    assert marked_by(titled) == "title"  # Oracle Health keeps the attachment title
    assert marked_by(dropped_markers(document)) is None  # then only the text says it


def test_clinical_notes_that_mention_a_checklist_item_are_kept():
    assert text_marked_by("Plan: see LMRI-003 on the prior-auth checklist; PT 6 weeks.") is None
    assert text_marked_by("MISSING — LMRI-003 was flagged by the payer portal.") is None
    assert text_marked_by(None) is None
    record = build_record(with_document(scenario("lmri-gapped"),
                                        plain_note("Back pain for 8 weeks. MISSING — LMRI-003"),
                                        "clinician-1"))  # fmt: skip
    assert "DocumentReference/clinician-1" in [n.ref for n in record.notes]
    assert record.app_documents == []


def test_a_malformed_content_element_is_not_a_crash():
    """Found by bench/fuzz.py (seed 1000999): ``"content": true`` on a DocumentReference."""
    assert marked_by({"resourceType": "DocumentReference", "content": True}) is None


@pytest.mark.parametrize(("variant", "why"), [("as written", "meta.tag"),
                                              ("markers dropped", "text marker")])  # fmt: skip
def test_a_written_back_questionnaire_response_is_the_apps_own(gapped, variant, why):
    """The check's QuestionnaireResponse in its document form (text, then FHIR JSON), with an
    attested "Yes" to the exam item: a re-check counts none of it, and the exam stays missing."""
    from smartapp.checklists import load_catalog
    from smartapp.questionnaires.chart import response_document
    from smartapp.questionnaires.export import prefilled_response

    bundle, before = gapped
    checklist = load_catalog().checklists[before["checklist"]["id"]]
    response = prefilled_response(before, checklist, attestations=[{
        "item": "LMRI-004", "value": {"valueBoolean": True}, "author": "Practitioner/md-whitfield",
        "authored": "2026-11-22T09:00:00+00:00"}])  # fmt: skip
    document = response_document(response, before, checklist, created=WRITTEN,
                                 author_ref="Practitioner/md-whitfield")  # fmt: skip
    assert [c["attachment"]["contentType"] for c in document["content"]] == [
        "text/plain; charset=utf-8", "application/fhir+json"]
    assert document["type"]["coding"][0]["code"] == "74465-6"
    text = base64.b64decode(document["content"][0]["attachment"]["data"]).decode()
    assert "LMRI-004 " in text and "attested by Practitioner/md-whitfield" in text
    if variant == "markers dropped":
        document = dropped_markers(document)
    after = score_bundle(with_document(bundle, document, "qr-1"), as_of=AS_OF)
    assert statuses(after) == statuses(before)
    assert after["app_documents"] == [{"reference": "DocumentReference/qr-1", "why": why}]


def test_a_questionnaire_response_resource_with_the_apps_identifier_is_marked():
    response = {"resourceType": "QuestionnaireResponse", "status": "completed",
                "identifier": {"system": IDENTIFIER_SYSTEM, "value": "questionnaire-response:x"}}
    assert marked_by(response) == "identifier"
