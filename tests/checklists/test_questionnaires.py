"""Checklists as R4 Questionnaires and reports as pre-filled QuestionnaireResponses, validated
with fhir.resources (R4B models, the R4 structure of both resources)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from smartapp.checklists import load_catalog
from smartapp.questionnaires.answers import coding
from smartapp.questionnaires.export import ORIGIN, prefilled_response, questionnaire_for
from smartapp.scoring import score_bundle

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"


def _checklists():
    return list(load_catalog().checklists.values())


@pytest.mark.parametrize("checklist", _checklists(), ids=lambda c: c.id)
def test_every_checklist_exports_a_valid_questionnaire(checklist):
    resource = questionnaire_for(checklist)
    Questionnaire.model_validate(resource)
    assert resource["url"].endswith(f"/Questionnaire/{checklist.id}")
    assert resource["version"] == checklist.version
    link_ids = [item["linkId"] for item in resource["item"]]
    assert [i for i in link_ids if not i.endswith(".applies")] == [i.id for i in checklist.items]
    gated = [item for item in resource["item"] if "enableWhen" in item]
    assert len(gated) == sum(i.applies_when is not None for i in checklist.items)
    for item in gated:
        assert item["enableWhen"][0]["question"] == f"{item['linkId']}.applies"


def test_a_report_prefills_only_what_the_record_showed_with_its_sources():
    bundle = json.loads((SCENARIOS / "lmri-gapped.json").read_text(encoding="utf-8"))
    report = score_bundle(bundle, as_of=dt.date(2026, 11, 22))
    checklist = load_catalog().checklists[report["checklist"]["id"]]
    response = prefilled_response(report, checklist)
    QuestionnaireResponse.model_validate(response)
    answers = {item["linkId"]: item["answer"][0] for item in response["item"]}
    for result in report["items"]:
        if result["status"] == "met" and result["element"] != "date-of-service":
            answer = answers[result["id"]]
            value = {k: v for k, v in answer.items() if k.startswith("value")}
            assert value in ({"valueBoolean": True}, {"valueString": "1743829107"},
                             {"valueCoding": coding("M54.50")})  # fmt: skip
            assert answer["extension"][0]["url"] == ORIGIN
            sources = [e["valueReference"]["reference"] for e in answer["extension"][1:]]
            assert sources == [e["reference"] for e in result["evidence"]]
        elif result["status"] in ("missing", "partial", "unknown"):
            assert result["id"] not in answers  # the clinician's to answer
    assert response["questionnaire"].endswith(f"|{checklist.version}")
    assert response["status"] == "in-progress"
