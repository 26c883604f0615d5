"""Overrides applied to item results before the readiness rule (smartapp.checklists.overrides)."""

from __future__ import annotations

from smartapp.checklists.engine import ItemResult, readiness_state
from smartapp.checklists.overrides import apply_overrides, overridden_readiness


def item(item_id: str, status: str, required: bool = True) -> dict:
    return {"id": item_id, "required": required, "status": status}


ITEMS = [item("A", "met"), item("B", "missing"), item("C", "partial"), item("D", "unknown"),
         item("R", "missing", required=False)]  # fmt: skip


def test_no_overrides_is_the_engines_verdict():
    assert overridden_readiness(ITEMS, {}) == readiness_state(ITEMS)
    assert apply_overrides(ITEMS, {}) == ITEMS


def test_documented_here_counts_as_met_and_keeps_the_engines_status():
    applied = apply_overrides(ITEMS, {"B": "documented"})
    assert applied[1] == {"id": "B", "required": True, "status": "met", "engine_status": "missing"}
    assert applied[0] is ITEMS[0]  # untouched items are the same objects
    assert ITEMS[1]["status"] == "missing"  # the input is not changed
    verdict = overridden_readiness(ITEMS, {"B": "documented"})
    assert (verdict.gaps, verdict.state) == (1, "not_ready")
    assert verdict.number == readiness_state(
        [item("A", "met"), item("B", "met"), item("C", "partial"), item("D", "unknown")]
    ).number


def test_every_gap_overridden_moves_the_state_by_the_same_rule():
    gaps_closed = overridden_readiness(ITEMS, {"B": "documented", "C": "not_applicable"})
    assert (gaps_closed.state, gaps_closed.headline) == (
        "incomplete", "Incomplete: 1 required item could not be checked")
    all_closed = overridden_readiness(ITEMS, {"B": "documented", "C": "not_applicable",
                                              "D": "documented"})  # fmt: skip
    assert (all_closed.state, all_closed.number, all_closed.headline) == (
        "ready", 100, "Almost ready")
    recommended_too = overridden_readiness(
        ITEMS, {"B": "documented", "C": "documented", "D": "documented", "R": "not_applicable"})
    assert recommended_too.headline == "Ready to submit"


def test_does_not_apply_counts_as_not_applicable():
    [applied] = apply_overrides([item("B", "missing")], {"B": "not_applicable"})
    assert (applied["status"], applied["engine_status"]) == ("not_applicable", "missing")


def test_unknown_kinds_and_unknown_items_change_nothing():
    assert apply_overrides(ITEMS, {"B": "maybe", "Z": "documented"}) == ITEMS


def test_engine_item_results_are_replaced_not_mutated():
    result = ItemResult(id="B", element="e", title="t", required=True, status="missing",
                        denial_reasons=(), remedy="r", searched="s")  # fmt: skip
    [applied] = apply_overrides([result], {"B": "documented"})
    assert isinstance(applied, ItemResult) and applied.status == "met"
    assert result.status == "missing"
    assert overridden_readiness([result], {"B": "documented"}).state == "ready"
