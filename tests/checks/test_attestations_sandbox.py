"""Over real HTTP against the sandbox EHR: the checklist's Questionnaire → the check's
pre-filled QuestionnaireResponse → the clinician answers what the record could not show
(attestations: stored, audited, shown, the item still missing from the record, in the response
as DTR manual answers with their author). Each run uses a copy of the gapped lumbar MRI patient."""

from __future__ import annotations

import re

import pytest
import requests
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
from page_forms import csrf_of
from scenario_copies import clone_patient
from test_app_output_sandbox import current_report, statuses

from smartapp.db import session_factory
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
def test_a_clinician_attests_what_the_record_could_not_show(served, tenant):
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
