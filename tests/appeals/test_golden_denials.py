"""Golden denial cases (tests/appeals/golden/*.yaml): one per denial category, each from a
scenario patient or a golden-vocabulary record (docs/checklists.md §7), through build_packet."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

from smartapp.appeals import Denial
from smartapp.appeals.packet import build_packet
from smartapp.checklists.golden import build_bundle

HERE = Path(__file__).resolve().parent
SCENARIOS = HERE.parents[1] / "sandbox" / "scenarios"
CASES = sorted((HERE / "golden").glob("*.yaml"))


def load_case(path: Path) -> tuple[dict, dict, Denial, date]:
    case = yaml.safe_load(path.read_text())
    if "scenario" in case:
        bundle = json.loads((SCENARIOS / case["scenario"]).read_text())
    else:
        bundle = build_bundle(case["record"])
    return case, bundle, Denial.from_dict(case["denial"]), case["as_of"]


@pytest.fixture(scope="module", params=CASES, ids=[p.stem for p in CASES])
def golden(request):
    case, bundle, denial, as_of = load_case(request.param)
    packet = build_packet(bundle, denial, as_of=as_of)
    return case["expect"], packet


def test_every_category_has_a_case() -> None:
    categories = {yaml.safe_load(p.read_text())["expect"]["category"] for p in CASES}
    assert {"missing-clinical-notes", "incorrect-cpt", "medical-necessity"} <= categories


def test_category_and_lens(golden) -> None:
    expect, packet = golden
    assert packet["category"] == expect["category"]
    json.dumps(packet)  # the packet is JSON-serialisable as it stands
    lens = expect.get("lens")
    if lens:
        assert packet["lens"]["resolved"] is lens["resolved"]
        met = {i["id"] for i in packet["lens"]["now_met"]}
        still = [i["id"] for i in packet["lens"]["still_open"]]
        assert set(lens["now_met"]) <= met
        assert still == lens["still_open"]
        for item in packet["lens"]["now_met"]:
            assert item["evidence"], item["id"]


def test_cpt_suggestions(golden) -> None:
    expect, packet = golden
    cpt = expect["cpt"]
    assert packet["cpt"]["suggested_code"] == cpt["suggested_code"]
    assert packet["cpt"]["suggested_modifier"] == cpt["suggested_modifier"]
    kinds = [f["kind"] for f in packet["cpt"]["findings"] if f["severity"] == "mismatch"]
    assert kinds == cpt["mismatches"]
    for finding in packet["cpt"]["findings"]:
        if finding["suggested_code"] or finding["suggested_modifier"]:
            assert finding["evidence"] and finding["reason"]
    if "report_code" in expect:  # suggested, never silently applied
        assert packet["service"]["code"] == expect["report_code"]
        assert packet["report"]["service"]["code"] == expect["report_code"]


def test_letter(golden) -> None:
    expect, packet = golden
    letter = packet["letter"]
    assert [p["id"] for p in letter["paragraphs"]] == expect["letter_paragraphs"]
    claims = [s for p in letter["paragraphs"] for s in p["sentences"] if s["kind"] == "claim"]
    assert claims
    for sentence in claims:
        assert sentence["citations"], sentence["text"]
        for citation in sentence["citations"]:
            assert citation["reference"] == "denial" or "/" in citation["reference"]
    titles = {i["id"]: i["title"] for i in packet["report"]["items"]}
    for item_id in expect.get("letter_never_claims", ()):
        assert not any(titles[item_id] in s["text"] for s in claims)
        assert item_id in {i["id"] for i in letter["open_items"]}
    if packet["cpt"]["suggested_code"]:
        text = " ".join(s["text"] for p in letter["paragraphs"] for s in p["sentences"])
        assert f"reviewed as {packet['cpt']['suggested_code']}" in text


def test_attachments_checklist_and_p2p(golden) -> None:
    expect, packet = golden
    refs = [a["reference"] for a in packet["attachments"]]
    assert set(expect.get("attachments", ())) <= set(refs)
    for attachment in packet["attachments"]:
        assert attachment["reasons"]
    statuses = {e["id"]: e["status"] for e in packet["documentation_checklist"]}
    for entry_id, status in expect.get("checklist", {}).items():
        assert statuses[entry_id] == status
    assert all(not e["ticked"] for e in packet["documentation_checklist"])
    sheet = packet["p2p"]
    assert len(sheet["case"]) == 5
    assert sheet["um_line"]["phone"] == "844-679-7865" and sheet["um_line"]["verified"] is False
    if "p2p_first_question" in expect:
        assert sheet["reviewer_will_ask"][0]["id"] == expect["p2p_first_question"]
    if "next_deadline" in expect:
        assert packet["deadlines"]["next"]["rule_id"] == expect["next_deadline"]
