"""The Questionnaire at its canonical address, and a finished check's pre-filled
QuestionnaireResponse downloaded over real HTTP after an EHR launch (audited)."""

from __future__ import annotations

import re

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from smartapp.db import session_factory
from smartapp.models import AuditEvent


def test_a_checklist_questionnaire_is_served_without_a_launch(client):
    answer = client.get("/fhir/Questionnaire/caresource-advanced-imaging-lumbar-mri")
    assert answer.status_code == 200
    assert answer.mimetype == "application/fhir+json"
    Questionnaire.model_validate(answer.get_json())
    assert client.get("/fhir/Questionnaire/no-such-checklist").status_code == 404


def test_a_check_downloads_its_prefilled_response(served):
    browser = served.launch("lmri-gapped", order="lmri-gapped-order")
    page = served.wait_for_report(browser)
    link = re.search(r'href="(/checks/[^"]+/questionnaire-response\.json)"', page)
    assert link, "the report page links the pre-filled QuestionnaireResponse"
    answer = browser.get(served.url + link.group(1), timeout=30)
    assert answer.status_code == 200
    response = answer.json()
    QuestionnaireResponse.model_validate(response)
    assert response["subject"] == {"reference": "Patient/lmri-gapped"}
    assert response["questionnaire"].split("|")[0].endswith(
        "/Questionnaire/caresource-advanced-imaging-lumbar-mri")
    answered = {item["linkId"] for item in response["item"]}
    assert "LMRI-003" not in answered  # a gap: the clinician's to answer
    with session_factory(served.app)() as db:
        assert db.query(AuditEvent).filter(
            AuditEvent.action == "export_questionnaire_response").count() == 1


def test_a_finished_check_downloads_its_pas_claim_preview(served):
    browser = served.launch("cpap-complete", order="cpap-complete-order")
    page = served.wait_for_report(browser)
    assert "Download PAS Claim preview (not submitted)" in page
    link = re.search(r'href="(/checks/[^"]+/pas-claim-preview\.json)"', page)
    answer = browser.get(served.url + link.group(1), timeout=30)
    assert answer.status_code == 200
    assert "NOT-SUBMITTED" in answer.headers["Content-Disposition"]
    bundle = answer.json()
    Bundle.model_validate(bundle)
    claim = bundle["entry"][0]["resource"]
    assert claim["use"] == "preauthorization"
    assert claim["insurance"][0]["coverage"] == {"reference": "Coverage/cpap-complete-coverage"}
    kinds = [entry["resource"]["resourceType"] for entry in bundle["entry"]]
    assert {"Patient", "ServiceRequest", "Coverage", "Practitioner", "Organization",
            "QuestionnaireResponse"} <= set(kinds)  # fmt: skip
    with session_factory(served.app)() as db:
        assert db.query(AuditEvent).filter(AuditEvent.action == "export_pas_preview").count() == 1
