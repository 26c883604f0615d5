"""Blind wave 37: the home-health order's own frequency, and notes about a plan that has lapsed.

An order written in home health's shorthand, visits a week "w" weeks after the discipline
("RN 2w6 continue wound vac", EH/hh-02), states its frequency (HHC-005). A physician's note that
states no plan period of its own ("HH recert: RN for wound vac 3x/wk", "Plan: keep PT; recert.")
written while the signed plans charted as CarePlans ran is about those plans: with the newest one
ended before the requested visits start it is no plan for them (EI/homehealth-02,
DI/homehealth-02), nor is an order that only says where the goals are ("See prior POC for goals":
EJ/hh-02) (HHC-004).
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _plan(start: str, end: str) -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "poc",
        "status": "completed",
        "intent": "plan",
        "title": "Home Health Plan of Care",
        "description": "Dx L89.154. RN 2w8 wound vac changes. Signed R. Anand MD.",
        "period": {"start": start, "end": end},
        "author": {"reference": "Practitioner/dr"},
    }


def _items(*resources: dict, order_note: str, as_of: date) -> dict[str, str]:
    order = {"authoredOn": "2026-09-20", "occurrenceDateTime": "2026-09-25",
             "note": [{"text": order_note}]}  # fmt: skip
    bundle = record("G0299", *resources, reason="L89.154", order=order)
    report = score_bundle(bundle, as_of=as_of)
    return {i["id"]: i["status"] for i in report["items"]}


def test_home_health_shorthand_after_the_discipline_is_the_orders_frequency() -> None:
    plan = _plan("2026-09-01", "2026-10-30")
    items = _items(plan, order_note="RN 2w6 continue wound vac.", as_of=date(2026, 9, 22))
    assert items["HHC-005"] == "met"


def test_a_note_about_the_lapsed_plan_is_no_plan_for_the_new_period() -> None:
    plan = _plan("2026-07-10", "2026-09-07")
    note = _note("n1", "2026-07-05", "Wound visit. Sacral ulcer 3 x 2 cm. Homebound. "
                 "HH recert: RN for wound vac 3x/wk, measure weekly.")  # fmt: skip
    items = _items(plan, note, order_note="RN 2w6 continue wound vac.", as_of=date(2026, 9, 22))
    assert items["HHC-004"] != "met"  # "partial": the order's frequency, no plan


def test_a_plan_running_when_the_visits_start_still_counts() -> None:
    plan = _plan("2026-09-08", "2026-11-06")
    note = _note("n1", "2026-09-05", "Wound visit. Sacral ulcer 3 x 2 cm. Homebound. "
                 "HH recert: RN for wound vac 3x/wk, measure weekly.")  # fmt: skip
    items = _items(plan, note, order_note="RN 2w6 continue wound vac.", as_of=date(2026, 9, 22))
    assert items["HHC-004"] == "met"


def test_an_order_pointing_at_the_prior_plan_for_its_goals_is_no_plan() -> None:
    plan = _plan("2026-06-01", "2026-07-30")
    items = _items(plan, order_note="RN 2x/wk x 6 wks. See prior POC for goals.",
                   as_of=date(2026, 9, 22))  # fmt: skip
    assert items["HHC-004"] != "met"  # "partial": the order's frequency, no plan
