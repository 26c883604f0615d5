"""The PAS Claim preview: a Da Vinci PAS request Bundle built from a check (the order as the item,
diagnosis, provider, insurer and coverage from the record, the QuestionnaireResponse as
supporting info), validated with fhir.resources R4B, and labelled a preview everywhere."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from fhir.resources.R4B.bundle import Bundle

from smartapp.checklists import load_catalog
from smartapp.questionnaires.export import prefilled_response
from smartapp.questionnaires.pas import PREVIEW, pas_bundle, read_resources
from smartapp.scoring import score_bundle

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"
NOW = dt.datetime(2026, 11, 22, 15, 0, tzinfo=dt.UTC)


def _case(scenario: str, unreadable: tuple[str, ...] = (), run_id: str = "run-1"):
    bundle = json.loads((SCENARIOS / f"{scenario}.json").read_text(encoding="utf-8"))
    chart = {f"{e['resource']['resourceType']}/{e['resource']['id']}": e["resource"]
             for e in bundle["entry"]}  # fmt: skip
    report = score_bundle(bundle, as_of=dt.date(2026, 11, 22))
    checklist = load_catalog().checklists[report["checklist"]["id"]]
    read, refs = read_resources(lambda ref: None if ref in unreadable else chart.get(ref), report)
    response = prefilled_response(report, checklist)
    preview = pas_bundle(report, response, read=read, refs=refs, run_id=run_id, created=NOW,
                         fhir_base="https://ehr.example/fhir")  # fmt: skip
    return report, preview


def test_a_check_previews_its_pas_request_bundle():
    report, preview = _case("cpap-complete")
    Bundle.model_validate(preview)
    assert preview["type"] == "collection" and preview["identifier"]["value"] == "run-1"
    assert preview["meta"]["tag"][0]["display"] == PREVIEW
    claim = preview["entry"][0]["resource"]
    assert claim["resourceType"] == "Claim" and claim["use"] == "preauthorization"
    assert "not submitted" in claim["text"]["div"]
    assert claim["patient"] == {"reference": "Patient/cpap-complete"}
    assert claim["provider"] == {"reference": "Practitioner/md-farouk"}
    assert claim["insurer"] == {"reference": "Organization/caresource"}
    assert claim["insurance"] == [{"sequence": 1, "focal": True,
                                   "coverage": {"reference": "Coverage/cpap-complete-coverage"}}]
    item = claim["item"][0]
    assert item["productOrService"]["coding"][0]["code"] == "E0601"
    assert item["servicedDate"] == report["order"]["date"]
    assert claim["diagnosis"][0]["diagnosisCodeableConcept"]["coding"][0]["code"] == "G47.33"
    # Every reference resolves inside the Bundle; the response is the supporting info.
    urls = {entry["fullUrl"]: entry["resource"] for entry in preview["entry"]}
    for ref in (claim["patient"], claim["provider"], claim["insurer"],
                claim["insurance"][0]["coverage"]):  # fmt: skip
        assert f"https://ehr.example/fhir/{ref['reference']}" in urls
    supporting = claim["supportingInfo"][0]
    assert supporting["category"]["coding"][0]["code"] == "additionalInformation"
    assert urls[supporting["valueReference"]["reference"]]["resourceType"] == (
        "QuestionnaireResponse")


def test_a_resource_the_ehr_would_not_give_is_named_not_invented():
    _report, preview = _case("cpap-complete", unreadable=("Coverage/cpap-complete-coverage",))
    Bundle.model_validate(preview)
    claim = preview["entry"][0]["resource"]
    assert claim["insurance"][0]["coverage"] == {"reference": "Coverage/cpap-complete-coverage"}
    assert claim["insurer"] == {"display": "not known"}  # the payor was on the unread Coverage
    assert "not readable from the EHR: coverage, insurer" in preview["meta"]["tag"][0]["display"]
    assert not any(e["resource"]["resourceType"] == "Coverage" for e in preview["entry"])


def test_a_run_id_with_url_safe_characters_still_makes_valid_fhir_ids():
    # Run ids are URL-safe base64: "_" is no FHIR id character (R4 id: [A-Za-z0-9-.]{1,64}).
    _report, preview = _case("cpap-complete", run_id="NUEtZ1OyysvT5sq7-vu8F_-v")
    Bundle.model_validate(preview)
    assert preview["id"] == "pas-preview-NUEtZ1OyysvT5sq7-vu8F--v"
    assert preview["identifier"]["value"] == "NUEtZ1OyysvT5sq7-vu8F_-v"  # the run, as it is
