"""A recertification asked for while the current home health plan still runs is covered by that
plan until the recertification is due (blind wave 56, HB/home-health-02: "Recert POC 4/24-6/22
signed 4/23", a recert from 6/23 asked for on 6/2).

The plan for the next period is reviewed and signed in the last five days of the current one
(42 CFR 484.55(d)(1)); before then the plan in force is the only plan there can be. A plan that
ends days before the service starts still needs the next plan (blind wave 13, AR/hh-02); so does
a request made in the plan's last five days once that plan is begun (blind wave 22, CB/hh-02).
"""

from __future__ import annotations

from datetime import date

from .test_judgement import record, status

# The order asks for care from 2026-03-10 (test_judgement.record's default).


def _plan(start: str, end: str) -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "poc",
        "status": "active",
        "intent": "plan",
        "title": "Home health plan of care - recertification",
        "subject": {"reference": "Patient/p"},
        "author": {"reference": "Practitioner/dr"},
        "period": {"start": start, "end": end},
        "description": "SN 2x/wk x 9 wks: wound care and measurement; HHA 2x/wk bathing.",
    }


def _plan_status(plan: dict, checked: date) -> str:
    bundle = record("G0299", plan, reason="L89.153")
    return status(bundle, "HHC-004", as_of=checked)["status"]


def test_the_running_plan_covers_the_next_period_before_its_recert_is_due() -> None:
    assert _plan_status(_plan("2026-01-09", "2026-03-09"), date(2026, 2, 20)) == "met"


def test_a_request_in_the_plans_last_five_days_needs_the_next_plan_once_begun() -> None:
    # The next period's plan drafted, not signed (CB/hh-02, DL/hh-02): that plan is the
    # request's. With none begun, the running plan is the only one (test_s75b_recert_none_begun).
    draft = {**_plan("2026-03-10", "2026-05-08"), "id": "draft", "status": "draft"}
    bundle = record("G0299", _plan("2026-01-09", "2026-03-09"), draft, reason="L89.153")
    assert status(bundle, "HHC-004", as_of=date(2026, 3, 6))["status"] != "met"


def test_a_plan_ending_days_before_the_service_does_not_cover_it() -> None:
    assert _plan_status(_plan("2026-01-05", "2026-03-05"), date(2026, 2, 20)) != "met"
