"""Cards from the app's own reports: two-second summaries, and suggestions only for a structured
fix the checklist's own pairing rule would accept."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest

from smartapp.checklists import load_catalog
from smartapp.evidence import build_record
from smartapp.hooks.cards import order_from_app_context, report_card
from smartapp.hooks.suggestions import diagnosis_suggestions
from smartapp.scoring import choose_service, score_record

SCENARIOS = Path(__file__).resolve().parents[2] / "sandbox" / "scenarios"
AS_OF = dt.date(2026, 11, 22)


def _bundle(name: str) -> dict:
    return json.loads((SCENARIOS / f"{name}.json").read_text(encoding="utf-8"))


def _scored(bundle: dict) -> tuple:
    record = build_record(bundle)
    chosen = choose_service(record, None, load_catalog())
    return record, chosen, score_record(record, chosen, as_of=AS_OF)


@pytest.mark.parametrize("name", ["lmri-gapped", "tka-gapped", "cpap-gapped", "ptc-gapped",
                                  "walker-gapped", "inj-gapped", "occ-gapped"])  # fmt: skip
def test_a_not_ready_summary_names_the_count_and_first_gap_in_under_140(name):
    _, _, report = _scored(_bundle(name))
    gaps = [i for i in report["items"] if i["required"] and i["status"] in ("missing", "partial")]
    card = report_card(report, "ServiceRequest/o", "https://app.example/launch")
    assert card["indicator"] == "warning"
    assert len(card["summary"]) < 140
    assert card["summary"].startswith(f"{len(gaps)} required gap")
    assert gaps[0]["title"].split(" (")[0].split(" — ")[0] in card["summary"]


def test_a_ready_card_is_info_and_offers_no_override():
    _, _, report = _scored(_bundle("tka-complete"))
    card = report_card(report, "ServiceRequest/o", "https://app.example/launch")
    assert (card["indicator"], card["overrideReasons"]) == ("info", [])
    assert card["summary"] == "Prior-auth documentation complete: Right total knee arthroplasty"


def _order(bundle: dict) -> dict:
    return next(e["resource"] for e in bundle["entry"]
                if e["resource"]["resourceType"] == "ServiceRequest")  # fmt: skip


def test_a_supporting_problem_list_diagnosis_is_suggested_for_the_order():
    bundle = copy.deepcopy(_bundle("tka-gapped"))
    record, chosen, report = _scored(copy.deepcopy(bundle))
    assert diagnosis_suggestions(report, _order(bundle), record, chosen[2]) == []
    oa = {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "M17.11",
          "display": "Unilateral primary osteoarthritis, right knee"}  # fmt: skip
    bundle["entry"].append({"resource": {
        "resourceType": "Condition", "id": "oa", "subject": {"reference": "Patient/tka-gapped"},
        "clinicalStatus": {"coding": [{"code": "active"}]}, "code": {"coding": [oa]}}})  # fmt: skip
    record, chosen, report = _scored(bundle)
    fixes = diagnosis_suggestions(report, _order(bundle), record, chosen[2])
    assert len(fixes) == 1
    changed = fixes[0]["actions"][0]["resource"]
    assert fixes[0]["actions"][0]["type"] == "update"
    assert changed["reasonCode"][-1]["coding"][0]["code"] == "M17.11"
    assert changed["reasonReference"][-1] == {"reference": "Condition/oa"}
    card = report_card(report, "ServiceRequest/o", "https://app.example/launch", fixes)
    assert card["selectionBehavior"] == "at-most-one"


def test_app_context_names_only_an_order():
    assert order_from_app_context('{"order": "ServiceRequest/abc-1"}') == "ServiceRequest/abc-1"
    assert order_from_app_context('{"order": "DeviceRequest/dr.2"}') == "DeviceRequest/dr.2"
    assert order_from_app_context('{"order": "Patient/abc"}') is None
    assert order_from_app_context("not json") is None
    assert order_from_app_context(None) is None
