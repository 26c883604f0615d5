"""OXY-004 with the oxygen's flow and no frequency of its own (brief s73-g): a symptom's or
another device's time in the plan ("Cont CPAP qhs", "SOB with exertion") is no frequency of the
oxygen's; the oxygen's own time is (smartapp/notes/others_times.py)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

OTHERS = [
    "Cont CPAP qhs.",
    "OSA - CPAP nightly.",
    "Orthopnea 2 pillows qhs.",
    "Paroxysmal nocturnal dyspnea.",
    "Dyspnea with exertion.",
    "SOB at rest.",
    "Dyspnea at rest and with activity.",
    "Desats at night.",
    "O2 sat drops to 86% with exertion.",
    "Nocturnal cough.",
]

OXYGEN_S = [
    "Use at night.",
    "Wear qhs and with exertion.",
    "O2 bled into CPAP qhs.",
    "O2 2 L for SOB with exertion.",
    "Home O2 2 LPM, qhs",
    "Nocturnal O2 2 L/min.",
]


def _oxy_004(plan: str) -> str:
    note = _note("n1", "2026-10-05", "S: COPD f/u.\nO: SpO2 87% RA.\n" + plan)
    order = {"authoredOn": "2026-10-06", "occurrenceDateTime": "2026-10-09"}
    bundle = record("E1390", note, reason="J44.9", order_type="DeviceRequest", order=order)
    report = score_bundle(bundle, as_of=date(2026, 10, 6))
    return {i["id"]: i["status"] for i in report["items"]}["OXY-004"]


@pytest.mark.parametrize("tail", OTHERS)
def test_the_prescription_lacks_a_frequency_beside_them(tail: str) -> None:
    assert _oxy_004("A/P: COPD, hypoxemia. Order home O2 2 L/min NC. " + tail) != "met"


@pytest.mark.parametrize("tail", OXYGEN_S)
def test_the_prescription_with_its_time_is_met(tail: str) -> None:
    assert _oxy_004("A/P: COPD, hypoxemia. Order home O2 2 L/min NC. " + tail) == "met"
