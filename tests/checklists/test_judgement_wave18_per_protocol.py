"""A dose left to a protocol is no dosing plan (blind wave 18, BJ/inf-03): "Plan: Infliximab-dyyb
(Inflectra) induction per infusion center protocol" and an order reading "Inflectra induction per
protocol" name no dose, weight or schedule of this patient's, which INF-004 asks for. A dose
given with the protocol ("5 mg/kg induction per protocol") is still a dose. (Wave 18 let a bare
"induction" stand for the standard schedule; blind wave 20's BR/inf-03 showed it names no dose
either: test_judgement_wave20_induction.py.)"""

from __future__ import annotations

from .test_judgement import _note, record, status


def _infliximab(text: str) -> dict:
    return record("J1745", _note("n1", "2026-02-20", text), reason="K51.011")


def test_induction_per_protocol_names_no_dose():
    for text in (
        "Plan: Infliximab-dyyb (Inflectra) induction per infusion center protocol.",
        "Inflectra induction per protocol.",
        "Start Remicade induction as per the infusion protocol.",
        "Infliximab induction dosing per pharmacy protocol.",
        "Infliximab induction (per order set).",
        "Plan: Inflectra induction dosing, then maintenance.",
        "Infliximab induction.",
    ):
        assert status(_infliximab(text), "INF-004")["status"] != "met", text


def test_induction_with_its_dose_is_still_the_dosing_plan():
    for text in (
        "Infliximab 5 mg/kg induction per protocol, weight 72 kg.",
        "Start infliximab induction weeks 0, 2, 6 then q8 weeks.",
    ):
        assert status(_infliximab(text), "INF-004")["status"] == "met", text
