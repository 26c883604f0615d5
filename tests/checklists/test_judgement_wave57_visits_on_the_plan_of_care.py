"""The visits requested per discipline as the signed plan of care gives them (blind wave 57): an
order with no words of its own rests on the plan of care in force for the service, and the plan's
frequency ("SN 3w2, 2w3, 1w3", "PT 2x/wk x 4 wks then 1x/wk x 4") or visit count is what it asks
for. Not a plan that ended before the service, a template whose frequency is still "***", nor
another discipline's visits."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

SIGNED = "Certifying physician: R. Amari MD, signed 02/20/2026"


def _plan(lines: str, cert: str = "03/10/2026 - 05/08/2026", signed: str = SIGNED) -> dict:
    text = f"HOME HEALTH PLAN OF CARE\nSOC 03/10/2026  Cert period {cert}\n{lines}\n{signed}"
    return _note("poc", "2026-02-20", text)


def _care_plan(description: str, end: str = "2026-05-08") -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "cp",
        "status": "active",
        "intent": "plan",
        "subject": {"reference": "Patient/p"},
        "title": "Home health plan of care",
        "period": {"start": "2026-03-10", "end": end},
        "author": {"reference": "Practitioner/dr"},
        "description": description,
    }


def _visits(code: str, *resources: dict) -> str:
    bundle = record(code, *resources, reason="I50.32")
    return status(bundle, "HHC-005")["status"]


@pytest.mark.parametrize(
    ("code", "lines"),
    [
        ("G0299", "Discipline/frequency: SN 3w2, 2w3, 1w3 (15 visits)"),
        ("G0151", "PT 2w4 then 1w4 (12 visits): gait, balance, transfers"),
        ("G0299", "Skilled nursing 2x/wk x 4 wks, then 1x/wk x 5 wks"),
        ("G0299", "Frequency: RN 1W9 for med management and weights"),
        ("G0152", "OT 2 times a week for 4 weeks - ADL retraining"),
        ("G0299", "Nursing: 3 visits/wk x 2 wks; PRN x 2 for tube problems"),
        ("G0151", "Physical therapy: 10 visits over 6 wks (2w3, 1w4)"),
        ("G0299", "SN 2W4, 1W5 = 13 visits"),
    ],
)
def test_the_plans_frequency_is_the_visits_requested(code: str, lines: str) -> None:
    assert _visits(code, _plan(lines)) == "met"


@pytest.mark.parametrize(
    "description",
    ["Recert POC: SN 13 visits, HF monitoring and med teaching", "HH POC - PT 3w2, 2w3"],
)
def test_a_care_plans_visits_are_the_visits_requested(description: str) -> None:
    assert _visits("G0299" if "SN" in description else "G0151", _care_plan(description)) == "met"


def test_a_plan_that_ended_before_the_service_asks_for_nothing() -> None:
    assert _visits("G0299", _care_plan("HH POC: SN 3w8 NPWT changes", end="2026-02-01")) != "met"


def test_a_frequency_left_blank_is_no_visits() -> None:
    lines = "Disciplines: SN, PT\nSN frequency: ***\nPT frequency: ***"
    assert _visits("G0299", _plan(lines)) != "met"


def test_another_disciplines_visits_are_not_this_orders() -> None:
    assert _visits("G0152", _plan("PT 2w4 then 1w4 (12 visits): gait, balance")) != "met"
