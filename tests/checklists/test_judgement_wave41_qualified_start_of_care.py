"""A start of care written with a qualifier times the face-to-face encounter (blind wave 41,
EY/hh-03: "SOC (planned): 06/22/2026" on a draft plan of care, the only office visit 97 days
before it).

42 CFR 424.22(a)(1)(v) counts the encounter from 90 days before the start of care. The start of
care was read after "SOC", "SOC date" or "Proposed SOC" but not when a bracketed word stood
between the words and the date, so the window fell back to the order's day and a visit 76 days
before the order, but over 90 before the start of care, was taken as the encounter.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.care_start import start_of_care
from smartapp.evidence import build_record
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _visit(day: str) -> dict:
    """The leg-ulcer office visit whose day is measured against the start of care."""
    return {
        "resourceType": "Encounter",
        "id": "visit",
        "status": "finished",
        "class": {"code": "AMB"},
        "subject": {"reference": "Patient/p"},
        "period": {"start": day, "end": day},
        "type": [{"text": "Office visit - leg ulcer"}],
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
    }


def _status(plan_line: str, visit_day: str) -> str:
    plan = _note("poc", "2026-04-20", f"HOME HEALTH PLAN OF CARE\n{plan_line}\nSN 1w4 wound care.")
    visit = _visit(visit_day)
    order = {"authoredOn": "2026-04-20", "occurrenceDateTime": "2026-05-11"}
    bundle = record("G0299", plan, visit, reason="L97.212", order=order)
    report = score_bundle(bundle, as_of=date(2026, 4, 28))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


@pytest.mark.parametrize(
    "line",
    [
        "SOC (planned): 05/11/2026",
        "SOC (anticipated) 5/11/2026",
        "Start of care (proposed): 2026-05-11",
        "SOC tentative: 05/11/2026",
    ],
)
def test_a_visit_over_90_days_before_a_qualified_start_of_care_is_no_encounter(line):
    # 2/05 is 74 days before the order, 95 before the start of care the plan proposes.
    assert _status(line, "2026-02-05") == "missing"


def test_a_visit_within_the_90_days_before_it_still_counts():
    assert _status("SOC (planned): 05/11/2026", "2026-02-20") == "met"


def test_the_qualified_start_of_care_is_read():
    plan = _note("poc", "2026-04-20", "SOC (expected): 05/11/2026. Cert 05/11-07/09/2026.")
    bundle = record("G0299", plan, order={"authoredOn": "2026-04-20"})
    found = start_of_care(build_record(bundle), date(2026, 4, 20), date(2026, 4, 28))
    assert found == date(2026, 5, 11)


def _from_order(visit_day: str, order_words: str = "SN 1w4 wound care, HHA 2w8.") -> str:
    # No start of care written anywhere: the order asks for care from 5/11.
    plan = _note("ref", "2026-04-20", "Referral to home health for leg ulcer care.")
    visit = _visit(visit_day)
    order = {
        "authoredOn": "2026-04-20",
        "occurrenceDateTime": "2026-05-11",
        "note": [{"text": order_words}],
    }
    bundle = record("G0299", plan, visit, reason="L97.212", order=order)
    report = score_bundle(bundle, as_of=date(2026, 4, 28))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


def test_an_initial_orders_date_of_service_is_its_start_of_care():
    # 2/05: 74 days before the order, 95 before the care it asks for from 5/11.
    assert _from_order("2026-02-05") == "missing"
    assert _from_order("2026-02-20") == "met"


def test_a_recertification_order_is_still_timed_from_its_episode_not_its_date_of_service():
    assert _from_order("2026-02-05", "Recert: SN 1w4 wound care, second cert period.") == "met"
