"""The home-health skilled need is the ordered discipline's (HHC-002, ``of_ordered_discipline``;
42 CFR 409.42(c), 409.44). A therapy plan's "PT 3w2, 2w2 for gait" makes home PT necessary, not
an occupational-therapy or a nursing order; a statement naming no discipline, an order of no
listed discipline, an aide's order and an order of several disciplines keep the reading of any
skilled need. The comma-stepped frequency is read as the PT need now that the guard is there."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from smartapp.checklists.codelist import CodeList
from smartapp.checklists.ordered_discipline import of_ordered, ordered_disciplines
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
_ORDER = {"authoredOn": "2026-05-04", "occurrenceDateTime": "2026-05-11"}
_THERAPY = "Plan: home PT 3w2, 2w2 for gait, transfers and stair training after L TKA."
_STEPPED = "POC: PT 3w2, 2w2: gait, transfers and stair training after L TKA."
_NURSING = "Needs skilled RN for wound assessment and dressing changes 3x/wk, sacral ulcer."


def _hhc002(code: str, text: str, codes: tuple[str, ...] = ()) -> dict:
    order = dict(_ORDER)
    if codes:  # an order coded for several disciplines
        order["code"] = {"coding": [{"system": _HCPCS, "code": c} for c in codes]}
    note = _note("discharge", "2026-05-01", "Discharge summary\n" + text + "\n")
    report = score_bundle(record(code, note, reason="Z47.1", order=order), as_of=date(2026, 5, 6))
    return {i["id"]: i for i in report["items"]}["HHC-002"]


def test_a_pt_need_does_not_make_an_ot_order_necessary() -> None:
    item = _hhc002("G0152", _THERAPY)
    assert item["status"] == "missing"
    assert "occupational therapy" in item["searched"]


def test_a_pt_need_under_a_pt_order_is_met() -> None:
    assert _hhc002("G0151", _THERAPY)["status"] == "met"


def test_a_comma_stepped_frequency_before_the_skills_is_the_pt_need() -> None:
    item = _hhc002("G0151", _STEPPED)
    assert item["status"] == "met"
    assert any("3w2, 2w2" in e["snippet"] for e in item["evidence"])
    assert _hhc002("G0152", _STEPPED)["status"] == "missing"  # ... and still no OT need


@pytest.mark.parametrize(
    "text",
    ["OT 2w2, 1w4 - ADLs, home safety.", "PT 2x/wk x 3 wks, 1x/wk x 2 wks: transfers, stairs."],
)
def test_steps_joined_by_a_comma_read_as_a_skilled_need(text: str) -> None:
    found = find_findings([NoteInput("D/1", text)])
    assert [f for f in found if f.concept == "skilled-need" and f.asserted], text


@pytest.mark.parametrize("text", ["PT 2x/wk, 1 visit left.", "PT 2w4, gait belt used."])
def test_a_comma_before_no_frequency_is_no_step(text: str) -> None:
    found = find_findings([NoteInput("D/1", text)])
    assert not [f for f in found if f.concept == "skilled-need" and f.asserted], text


def test_a_pt_need_does_not_make_a_nursing_order_necessary() -> None:
    assert _hhc002("G0299", _THERAPY)["status"] == "missing"


def test_a_nursing_need_under_a_nursing_order_is_met() -> None:
    assert _hhc002("G0299", _NURSING)["status"] == "met"


def test_a_nurse_s_prothrombin_time_is_no_physical_therapy() -> None:
    text = "PT/INR weekly, warfarin dose teaching and med management."
    assert _hhc002("G0299", text)["status"] == "met"


def test_an_aide_order_rests_on_any_discipline_s_need() -> None:
    assert _hhc002("G0156", _THERAPY)["status"] == "met"


def test_an_order_of_several_disciplines_takes_the_need_of_any() -> None:
    assert _hhc002("G0152", _THERAPY, codes=("G0152", "G0151"))["status"] == "met"


_LIST = [
    {"codes": CodeList.from_mapping("pt", {"hcpcs": ["G0151"]}), "names": ["PT", "PTA"]},
    {"codes": CodeList.from_mapping("ot", {"hcpcs": ["G0152"]}), "names": ["OT"]},
    {"codes": CodeList.from_mapping("sn", {"hcpcs": ["G0299"]}), "names": ["SN", "RN"]},
]


def _ordered(code: str) -> list:
    ctx = SimpleNamespace(service_system="hcpcs", service_code=code, order=None)
    return ordered_disciplines(_LIST, ctx)  # type: ignore[arg-type]


def test_a_generic_order_keeps_today_s_reading() -> None:
    # G0154 (a retired generic home-health code) names no discipline of the list
    assert _ordered("G0154") == []
    assert of_ordered("OT 2w3 for ADLs and home safety", _LIST, _ordered("G0154"))


def test_a_statement_naming_no_discipline_still_counts() -> None:
    assert of_ordered("Needs wound vac changes 3x/wk", _LIST, _ordered("G0151"))
    assert not of_ordered("SN 2w4 for wound care", _LIST, _ordered("G0151"))
    assert of_ordered("SN 2w4 wound care; PT 2w4 gait", _LIST, _ordered("G0151"))
