"""Issue 17's round trip over real HTTP against the sandbox EHR: the checklist's Questionnaire →
the check's pre-filled QuestionnaireResponse → the clinician answers what the record could not
show (attestations: stored, audited, shown, the item still missing from the record) → the
response is written back to the chart → a Re-check skips it as the app's own output.

Run on the plain profile (the EHR keeps the app's meta.tag) and the Epic profile (a created
DocumentReference loses meta, identifier, description and titles: only the marker line in the
text rendition says the app wrote it). Each run uses a copy of the gapped lumbar MRI patient."""

from __future__ import annotations

import base64
import io
import json
import re

import pytest
import requests
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from page_forms import csrf_of
from pypdf import PdfReader
from scenario_copies import clone_patient
from test_app_output_sandbox import current_report, redate, statuses, stored

from smartapp.db import session_factory
from smartapp.evidence.app_output import TAG_SYSTEM
from smartapp.models import AuditEvent, ItemAttestation
from smartapp.questionnaires.export import ORIGIN

pytestmark = pytest.mark.sandbox
LMRI = "caresource-advanced-imaging-lumbar-mri"


def _attest(served, browser, run_id: str, html: str, **answers: str) -> requests.Response:
    data = {"csrf_token": csrf_of(html), **{f"answer-{k.replace('_', '-')}": v
                                            for k, v in answers.items()}}  # fmt: skip
    return browser.post(f"{served.url}/checks/{run_id}/attestations", data=data, timeout=30)


def _manual(answer: dict) -> list[dict]:
    return [e for e in answer.get("extension") or [] if e["url"] == ORIGIN
            and {"url": "source", "valueCode": "manual"} in e["extension"]]  # fmt: skip


@pytest.mark.parametrize("tenant", ["plain", "epic"])
def test_questionnaire_to_attested_response_to_chart_and_skipped_on_recheck(served, tenant):
    questionnaire = requests.get(f"{served.url}/fhir/Questionnaire/{LMRI}", timeout=30).json()
    Questionnaire.model_validate(questionnaire)
    patient = clone_patient(served.sandbox, "lmri-gapped")
    browser = served.launch(patient, f"{patient}-order", tenant=tenant)
    run_id, html, before = current_report(served, browser)
    # Open on both profiles (on Epic the exam cannot be checked: "unknown", still open).
    assert {statuses(before)[i] for i in ("LMRI-004", "LMRI-006")} <= {"missing", "unknown"}
    assert 'id="attest"' in html and 'name="answer-LMRI-004"' in html
    prefilled = browser.get(f"{served.url}/checks/{run_id}/questionnaire-response.json",
                            timeout=30).json()  # fmt: skip
    QuestionnaireResponse.model_validate(prefilled)
    assert "LMRI-004" not in {item["linkId"] for item in prefilled["item"]}

    # A bad answer: nothing saved, the form comes back as typed with the message.
    refused = _attest(served, browser, run_id, html, LMRI_004="yes", LMRI_006="perhaps")
    assert refused.status_code == 400
    assert "Answer yes or no." in refused.text
    assert re.search(r'name="answer-LMRI-004" value="yes" checked', refused.text)
    with session_factory(served.app)() as db:
        assert db.query(ItemAttestation).count() == 0

    saved = _attest(served, browser, run_id, html, LMRI_004="yes", LMRI_006="yes")
    assert saved.status_code == 200 and "2 answers saved as your attestation" in saved.text
    card = saved.text.split('id="item-LMRI-004"')[1].split("</article>")[0]
    assert "Attested by" in card and "not record evidence" in card
    shown = browser.get(f"{served.url}/checks/{run_id}/report.json", timeout=30).json()
    assert statuses(shown) == statuses(before) and shown["readiness"] == before["readiness"]
    with session_factory(served.app)() as db:
        rows = db.query(ItemAttestation).filter(ItemAttestation.run_id == run_id).all()
        author = rows[0].author_ref
        assert {r.item_id for r in rows} == {"LMRI-004", "LMRI-006"}
        assert author.startswith("Practitioner/")
        assert db.query(AuditEvent).filter(AuditEvent.action == "attest").count() >= 2
    answered = browser.get(f"{served.url}/checks/{run_id}/questionnaire-response.json",
                           timeout=30).json()  # fmt: skip
    QuestionnaireResponse.model_validate(answered)
    answers = {item["linkId"]: item["answer"][0] for item in answered["item"]}
    assert answers["LMRI-004"]["valueBoolean"] is True and _manual(answers["LMRI-004"])
    assert {"url": "author", "valueReference": {"reference": author}} in _manual(
        answers["LMRI-004"])[0]["extension"]  # fmt: skip
    assert answered["author"] == {"reference": author}

    # Written back to the chart: the DocumentReference form, text then the FHIR JSON.
    written = browser.post(f"{served.url}/checks/{run_id}/questionnaire-response/writeback",
                           data={"csrf_token": csrf_of(saved.text)}, timeout=60)  # fmt: skip
    found = re.search(r"QuestionnaireResponse was added to the chart \(DocumentReference/"
                      r"([\w.-]+)\)", written.text)  # fmt: skip
    assert found, written.text[-2000:]
    document = f"DocumentReference/{found[1]}"
    kept = stored(served, document)
    text = base64.b64decode(kept["content"][0]["attachment"]["data"]).decode()
    assert text.startswith("PA Documentation Check output (questionnaire-response)")
    assert "LMRI-004" in text and f"attested by {author}" in text
    if tenant == "plain":
        assert TAG_SYSTEM in {t["system"] for t in kept["meta"]["tag"]}
        carried = json.loads(base64.b64decode(kept["content"][1]["attachment"]["data"]))
        QuestionnaireResponse.model_validate(carried)
        assert carried["item"] == answered["item"]
    else:
        assert not (kept.get("meta") or {}).get("tag") and "identifier" not in kept

    # Re-check: the response is the app's own output, not a note; nothing changed.
    redate(served, document, before["as_of"])
    rechecked = browser.post(f"{served.url}/checks", data={"csrf_token": csrf_of(html)},
                             timeout=30)  # fmt: skip
    assert rechecked.status_code == 200
    second_run, _page, after = current_report(served, browser)
    assert second_run != run_id
    assert statuses(after) == statuses(before)
    why = "meta.tag" if tenant == "plain" else "text marker"
    assert (document, why) in {(d["reference"], d["why"]) for d in after["app_documents"]}
    cited = {e["reference"].split("#")[0] for item in after["items"] for e in item["evidence"]}
    assert document not in cited


def test_an_ehr_error_on_write_back_loses_no_answer(served, sandbox_faults):
    patient = clone_patient(served.sandbox, "lmri-gapped")
    browser = served.launch(patient, f"{patient}-order")
    run_id, html, _report = current_report(served, browser)
    _attest(served, browser, run_id, html, LMRI_004="yes")
    sandbox_faults.admin("POST", "faults", {"rules": [
        {"action": "status", "status": 500, "resource_type": "DocumentReference",
         "method": "POST"}]})  # fmt: skip
    failed = browser.post(f"{served.url}/checks/{run_id}/questionnaire-response/writeback",
                          data={"csrf_token": csrf_of(html)}, timeout=60)  # fmt: skip
    assert failed.status_code == 200  # back on the check page, with the reason
    assert "Nothing was written to the EHR" in failed.text
    assert "Your answers are kept here" in failed.text
    assert "Attested by" in failed.text.split('id="item-LMRI-004"')[1].split("</article>")[0]
    with session_factory(served.app)() as db:
        assert db.query(AuditEvent).filter(
            AuditEvent.action == "write_back_response_failed").count() == 1


def test_a_coordinator_cannot_attest_for_the_clinician(served):
    patient = clone_patient(served.sandbox, "lmri-gapped")
    browser = served.launch(patient, f"{patient}-order", practitioner="pa-coordinator")
    run_id, html, _report = current_report(served, browser)
    assert "Only a clinician signed in as a Practitioner can answer" in html
    assert 'name="answer-LMRI-004"' not in html
    refused = _attest(served, browser, run_id, html, LMRI_004="yes")
    assert refused.status_code == 403
    with session_factory(served.app)() as db:
        assert db.query(ItemAttestation).count() == 0


def test_the_gap_report_written_to_the_chart_carries_the_attestation(served):
    """The PDF the chart keeps says what the page says: the answered item stays missing from
    the record, with the clinician's attestation under it (read back from the EHR)."""
    patient = clone_patient(served.sandbox, "lmri-gapped")
    browser = served.launch(patient, f"{patient}-order", tenant="plain")
    run_id, html, before = current_report(served, browser)
    saved = _attest(served, browser, run_id, html, LMRI_004="yes")
    assert saved.status_code == 200
    written = browser.post(f"{served.url}/checks/{run_id}/writeback",
                           data={"csrf_token": csrf_of(saved.text)}, timeout=60)  # fmt: skip
    created = re.search(r"added to the chart \(DocumentReference/([\w.-]+)\)", written.text)
    assert created, written.text[-2000:]
    kept = stored(served, f"DocumentReference/{created[1]}")
    pdf = base64.b64decode(kept["content"][0]["attachment"]["data"])
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
                    .split())  # fmt: skip
    assert re.search(r"Attested by .{1,80} \(clinician\) on \d{4}-\d{2}-\d{2}: Yes \(an "
                     r"attestation, not record evidence: still missing from the record\)", text)
    assert text.count("Attested by") == 1
    assert f"Readiness: {before['readiness']}/100" in text  # the verdict as scored
