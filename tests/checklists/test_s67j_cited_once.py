"""An item cites each statement once. HHC-002's two routes (the need stated in the window, or in
the episode the order continues) both found "SN 1x/wk x9 wks (COPD action plan, O2 safety,
inhaler technique)" and the report quoted it twice (tests/accuracy/cases/GR/home-health-03,
noticed by session s67-f); an item whose routes or parts read the same resource did the same.
A repeat crowds out the next citation where a report shows only the first two or three (the
PDF, the appeal letter, the text report). The same resource and span (or, for a coded
resource, the same code quoted) is the same evidence; two codes of one order stay two.
"""

from __future__ import annotations

from datetime import date

from smartapp.checklists.catalog import Item
from smartapp.checklists.context import cited_once
from smartapp.checklists.engine import evaluate_item
from smartapp.scoring.report import score_bundle

from .test_engine import PT, context, pt_visits
from .test_judgement import _note, record


def _item(criteria: dict) -> Item:
    return Item("X-1", "conservative-treatment", "PT", True, (), "", criteria, "", "")


def test_routes_that_cite_the_same_resource_cite_it_once() -> None:
    ctx = context(pt_visits("2026-01-20"))
    route = {"has_procedure": {"codes": PT, "within_days": 120}}
    for operator in ("any_of", "all_of"):
        result = evaluate_item(_item({operator: [route, route]}), ctx)
        assert result.status == "met"
        assert len(result.evidence) == 1, (operator, result.evidence)


def test_the_same_span_is_kept_once_and_two_codes_of_one_order_stay_two() -> None:
    same = {"reference": "CarePlan/cp10#18-82", "snippet": "SN 1x/wk x9 wks (O2 safety)"}
    codes = [{"reference": "ServiceRequest/o", "snippet": "ICD-10-CM E11.621"},
             {"reference": "ServiceRequest/o", "snippet": "ICD-10-CM L97.412"}]
    other = {"reference": "CarePlan/cp10#90-120", "snippet": "SN 1x/wk x9 wks (O2 safety)"}
    evidence = [same, codes[0], dict(same), codes[1], dict(codes[0]), other]
    assert cited_once(evidence) == [same, codes[0], codes[1], other]


def test_a_home_nursing_need_found_by_both_routes_is_quoted_once() -> None:
    text = ("Home health plan of care, COPD after discharge 10/28/26.\n"
            "SN 1x/wk x9 wks (COPD action plan, O2 safety, inhaler technique).")
    bundle = record("G0299", _note("n1", "2026-11-20", text), reason="J44.1",
                    order={"authoredOn": "2026-11-25", "occurrenceDateTime": "2026-12-03"})
    report = score_bundle(bundle, as_of=date(2026, 11, 30))
    item = {i["id"]: i for i in report["items"]}["HHC-002"]
    references = [e["reference"] for e in item["evidence"]]
    assert item["status"] == "met" and references
    assert len(references) == len(set(references)), references
