"""Answer types that match the criterion (date, decimal with unit, string, ICD-10-CM choice,
boolean), a person's typed answers checked, and attestations in the QuestionnaireResponse as
DTR's information-origin ``manual`` with an author — never as record evidence."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from smartapp.checklists import load_catalog
from smartapp.errors import InputError
from smartapp.questionnaires.answers import UNIT_EXTENSION, answer_kind, parse_answer, words
from smartapp.questionnaires.export import ORIGIN, prefilled_response, questionnaire_for
from smartapp.scoring import score_bundle

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"
LMRI = "caresource-advanced-imaging-lumbar-mri"
TKA = "caresource-surgery-knee-arthroplasty"


def _checklist(checklist_id):
    return load_catalog().checklists[checklist_id]


def _item(checklist, item_id):
    return next(i for i in checklist.items if i.id == item_id)


def test_answer_types_follow_the_criterion():
    lmri, tka = _checklist(LMRI), _checklist(TKA)
    kinds = {i: answer_kind(_item(lmri, i), lmri) for i in ("CSU-002", "CSU-005", "CSU-007",
                                                            "LMRI-003")}  # fmt: skip
    assert {i: k.type for i, k in kinds.items()} == {
        "CSU-002": "string", "CSU-005": "open-choice", "CSU-007": "date", "LMRI-003": "boolean"}
    assert ("M54.16", "Radiculopathy, lumbar region") in kinds["CSU-005"].options
    bmi = answer_kind(_item(tka, "TKA-006"), tka)
    assert (bmi.type, bmi.unit) == ("decimal", ("kg/m2", "kg/m²"))
    # The Questionnaire carries the unit (SDC questionnaire-unit) and the offered codes.
    questionnaire = questionnaire_for(tka)
    Questionnaire.model_validate(questionnaire)
    item = next(i for i in questionnaire["item"] if i["linkId"] == "TKA-006")
    assert item["type"] == "decimal"
    assert item["extension"] == [{"url": UNIT_EXTENSION, "valueCoding": {
        "system": "http://unitsofmeasure.org", "code": "kg/m2", "display": "kg/m²"}}]
    lumbar = questionnaire_for(lmri)
    pairing = next(i for i in lumbar["item"] if i["linkId"] == "CSU-005")
    assert {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M54.16",
            "display": "Radiculopathy, lumbar region"} in [o["valueCoding"]
                                                           for o in pairing["answerOption"]]


@pytest.mark.parametrize(("item_id", "typed", "value"), [
    ("LMRI-003", "yes", {"valueBoolean": True}),
    ("LMRI-003", "no", {"valueBoolean": False}),
    ("CSU-007", "2026-12-08", {"valueDate": "2026-12-08"}),
    ("CSU-002", "1234567893", {"valueString": "1234567893"}),
    ("CSU-005", "m5416", {"valueCoding": {"system": "http://hl7.org/fhir/sid/icd-10-cm",
                                          "code": "M54.16",
                                          "display": "Radiculopathy, lumbar region"}}),
])  # fmt: skip
def test_typed_answers_become_fhir_values(item_id, typed, value):
    lmri = _checklist(LMRI)
    assert parse_answer(answer_kind(_item(lmri, item_id), lmri), typed, lmri) == value


@pytest.mark.parametrize(("checklist_id", "item_id", "typed", "message"), [
    (LMRI, "LMRI-003", "maybe", "Answer yes or no."),
    (LMRI, "CSU-007", "12/08/2026", "Give the date as YYYY-MM-DD."),
    (LMRI, "CSU-002", "12345", "An NPI is 10 digits."),
    (LMRI, "CSU-005", "M54", "M54 is a category, not a billable code: give the full code."),
    (LMRI, "CSU-005", "E11.9", "E11.9 is not among the diagnoses this checklist accepts."),
    (LMRI, "CSU-005", "QQ1", "QQ1 is not an ICD-10-CM code."),
    (TKA, "TKA-006", "thirty", "Give a number in kg/m²."),
    (TKA, "TKA-006", "-3", "Give a number between 0 and 100000."),
])  # fmt: skip
def test_a_wrong_answer_says_what_is_expected(checklist_id, item_id, typed, message):
    checklist = _checklist(checklist_id)
    with pytest.raises(InputError) as raised:
        parse_answer(answer_kind(_item(checklist, item_id), checklist), typed, checklist)
    assert raised.value.message == message


def test_attested_answers_are_manual_with_their_author_never_record_evidence():
    bundle = json.loads((SCENARIOS / "lmri-gapped.json").read_text(encoding="utf-8"))
    report = score_bundle(bundle, as_of=dt.date(2026, 11, 22))
    checklist = _checklist(LMRI)
    open_items = [i["id"] for i in report["items"] if i["status"] in ("missing", "partial")]
    attested = [{"item": item, "value": {"valueBoolean": True}, "author": "Practitioner/md-7",
                 "authored": "2026-11-22T15:00:00+00:00"} for item in open_items]  # fmt: skip
    response = prefilled_response(report, checklist, attestations=attested)
    QuestionnaireResponse.model_validate(response)
    answers = {item["linkId"]: item["answer"][0] for item in response["item"]}
    for item in open_items:
        assert answers[item]["extension"] == [{"url": ORIGIN, "extension": [
            {"url": "source", "valueCode": "manual"},
            {"url": "author", "valueReference": {"reference": "Practitioner/md-7"}}]}]
    met = next(i["id"] for i in report["items"] if i["status"] == "met")
    origin = answers[met]["extension"][0]["extension"]
    assert origin == [{"url": "source", "valueCode": "auto"}]  # dtrx-1: no author on auto
    assert response["author"] == {"reference": "Practitioner/md-7"}
    # Every required item that applies is answered now: the response is complete.
    assert response["status"] == "completed"
    partial = prefilled_response(report, checklist, attestations=attested[:1])
    assert partial["status"] == "in-progress"


def test_answers_read_as_people_write_them():
    tka = _checklist(TKA)
    kind = answer_kind(_item(tka, "TKA-006"), tka)
    assert words({"valueDecimal": 41.5}, kind) == "41.5 kg/m²"
    assert words({"valueBoolean": False}, kind) == "No"
