"""Oxygen ordered at a flow "as needed" is the prescription's frequency of use (blind wave 81,
KX/home-oxygen-03).

The visit's plan "Order home O2 2L prn (pt insists)" and the order's flow "2 L/min PRN" wrote the
flow and when it is used; OXY-004 read the flow but took only continuous, nocturnal, exertional
or hours-a-day use as the frequency, so the prescription was called partial. LCD L33797's order
names the flow rate and the frequency of use; PRN (as needed) is one. It is the oxygen's only when
it stands with the oxygen or its flow: another drug's "albuterol prn" in the same plan, or the
oxygen's flow with no use said, is no frequency of the oxygen's.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _status(plan: str, *, flow: str | None = None) -> str:
    note = _note("n1", "2026-10-05", "S: COPD f/u, DOE on stairs.\nO: SpO2 89% RA.\nA: COPD.\n"
                 + plan)  # fmt: skip
    order: dict[str, Any] = {"authoredOn": "2026-10-06", "occurrenceDateTime": "2026-10-09"}
    if flow:
        order["parameter"] = [{"code": {"text": "Flow"}, "valueCodeableConcept": {"text": flow}}]
    bundle = record("E1390", note, reason="J44.9", order_type="DeviceRequest", order=order)
    report = score_bundle(bundle, as_of=date(2026, 10, 6))
    return {i["id"]: i["status"] for i in report["items"]}["OXY-004"]


@pytest.mark.parametrize(
    "plan",
    [
        "P: Order home O2 2L prn (pt insists); continue Breztri; f/u 1 mo.",
        "Plan: home oxygen 2 L/min NC PRN.",
        "A/P: O2 @ 2 lpm as needed for dyspnea.",
        "Plan: start O2 2 liters p.r.n.",
        "Plan: O2 2L via NC prn SOB. Cont inhalers.",
        "Plan: prn O2 at 2 L/min.",
        "Plan: as-needed home oxygen, 2 L/min by nasal cannula.",
        "Plan: O2 1.5 L/min NC, use as needed.",
        "PLAN: HOME O2 2 LPM PRN",
    ],
)
def test_oxygen_at_a_flow_as_needed_is_the_prescription(plan: str) -> None:
    assert _status(plan) == "met"


def test_the_order_s_flow_as_needed_is_the_prescription() -> None:
    assert _status("P: Order home O2; continue Breztri.", flow="2 L/min PRN") == "met"


@pytest.mark.parametrize(
    "plan",
    [
        # another drug's as-needed use
        "Plan: home O2 2 L/min NC. Albuterol prn.",
        "Plan: O2 2L. Cont Breztri, albuterol prn wheeze.",
        "Plan: home O2 2 L/min; Tylenol 650 mg q6h prn pain.",
        # a saturation, no oxygen use
        "Plan: home O2 2 L/min. SpO2 goal >88%; albuterol neb prn.",
        # another person's oxygen
        "S: brother uses O2 2L prn.\nPlan: home O2 2 L/min.",
    ],
)
def test_another_drug_s_prn_is_no_use_of_the_oxygen(plan: str) -> None:
    assert _status(plan) != "met"
