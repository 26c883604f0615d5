"""A pulse-dose concentrator's setting is the oxygen prescription's flow (OXY-004; LCD L33797
asks for the flow rate). A portable concentrator that delivers by pulse is ordered by its setting
("pulse setting 2"), not in liters per minute (blind wave 49: the order's flow parameter read as
no flow at all). A pulse rate in the vitals is no setting."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _status(bundle: dict[str, Any]) -> str:
    report = score_bundle(bundle, as_of=date(2026, 8, 4))
    return {i["id"]: i["status"] for i in report["items"]}["OXY-004"]


def _oxygen(*resources: dict[str, Any], flow: str) -> dict[str, Any]:
    parameters = [
        {"code": {"text": "Flow"}, "valueCodeableConcept": {"text": flow}},
        {"code": {"text": "Usage"}, "valueCodeableConcept": {"text": "with ambulation"}},
    ]
    order = {"authoredOn": "2026-08-03", "occurrenceDateTime": "2026-08-12",
             "parameter": parameters}  # fmt: skip
    return record("E1392", *resources, reason="J44.9", order_type="DeviceRequest", order=order)


@pytest.mark.parametrize("flow", ["pulse setting 3", "pulse dose setting 2 on POC",
                                  "setting 4 pulse"])  # fmt: skip
def test_a_pulse_dose_setting_is_the_flow(flow: str) -> None:
    assert _status(_oxygen(flow=flow)) == "met"


def test_a_pulse_rate_is_no_setting() -> None:
    note = _note("n1", "2026-08-03", "Vitals: pulse 92, SpO2 88% walking.\nPlan: O2 with exertion.")
    assert _status(_oxygen(note, flow="pulse 92")) != "met"
