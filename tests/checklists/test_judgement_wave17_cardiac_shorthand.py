"""Cardiac symptoms as terse notes write them (blind wave 17, BF/card-01, BF/card-03): an ED
note's "47M CP x2d, atypical, trop neg x2", an office note's "Intermittent CP w/ exertion + rest
x 1 wk" and a consult's "2 mo of substernal pressure w/ exertion (walking to mailbox)" are the
chest pain and exertional chest pressure CARD-001 asks for, though none writes "chest pain".
"CP" is chest pain only where a chest-pain word stands beside it (a duration, exertion, atypical
or typical, substernal, radiating, c/o): cerebral palsy ("spastic CP", "CP, GMFCS IV"), a cold
pack ("CP x 10 min") and a care plan are not; "pressure" is chest pressure only substernal,
retrosternal or exertional (not a blood or a pressure-ulcer pressure); a denied one is none."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _cardiac(text: str) -> dict:
    # I25.10 (coronary disease without angina) is no coded symptom: only the note can answer.
    return record("78452", _note("n1", "2026-02-20", text), reason="I25.10")


def test_chest_pain_and_pressure_in_shorthand_are_a_cardiac_symptom():
    for text in (
        "ED NOTE: 47M CP x2d, atypical, trop neg x2, ECG NSR no ST changes.",
        "f/u ED. Intermittent CP w/ exertion + rest x 1 wk.",
        "HPI: 68F w/ 2 mo of substernal pressure w/ exertion (walking to mailbox).",
        "c/o CP radiating to L arm since Sunday.",
        "Exertional CP relieved by rest, 3 wks.",
        "Typical CP, CCS class II.",
        "CP/SOB with stairs x 2 months.",
        "Retrosternal tightness on exertion for 1 month.",
        "Exertional chest pressure when climbing stairs.",
        "Pressure-like CP with exertion.",
    ):
        assert status(_cardiac(text), "CARD-001")["status"] == "met", text


def test_other_cps_pressures_and_denials_are_not():
    for text in (
        "Spastic CP, GMFCS IV, wheelchair dependent.",
        "Hx CP since birth; nonverbal.",
        "Modalities: CP x 10 min to R knee after exercise.",
        "HP/CP x 15 min; ther ex 2 units.",
        "CP reviewed with family; goals updated.",
        "BP 152/94, elevated pressure at home.",
        "Pressure injury stage 2 sacrum.",
        "Denies CP, SOB or palpitations.",
        "No substernal pressure with exertion.",
        "Sinus pressure x 3 days, congestion.",
    ):
        assert status(_cardiac(text), "CARD-001")["status"] != "met", text


def test_syncope_palpitations_and_indications_in_short_forms():
    for text in (
        "Passed out while walking up stairs 2 wks ago.",
        "Syncopal episode at church.",
        "Heart racing episodes x 3 wks.",
        "Lightheadedness with exertion.",
        "Exertional sx relieved by rest.",
        "HFpEF, worsening edema.",
        "Abnl ECG: TWI V4-V6.",
        "Positive ETT 2/2026.",
        "NSTEMI 1/2026 s/p PCI.",
        "EF 30% on echo 1/2026.",
        "ST depressions in lateral leads.",
    ):
        assert status(_cardiac(text), "CARD-001")["status"] == "met", text
    for text in (
        "EF 55-60% on echo 1/2026.",
        "ECG NSR no ST changes.",
        "No syncopal episodes.",
        "Ref 40% of the time, pt passed on the offer.",
    ):
        assert status(_cardiac(text), "CARD-001")["status"] != "met", text
