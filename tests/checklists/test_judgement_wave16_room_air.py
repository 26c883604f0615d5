"""A saturation taken on supplemental oxygen is no later test of the need for it (blind wave 16,
BB/oxy-01). OXY-001 asks that the newest oxygen test be the qualifying one (LCD L33797, 2023:
the test at the time of need). A pulmonary follow-up's 'SpO2 90% on 2L NC at rest' after a
discharge summary's 'SpO2 86% RA' at rest made the room-air test 'not the latest': the reading
on oxygen shows the oxygen working, not the need gone. A later room-air reading still does."""

from __future__ import annotations

from datetime import date

from smartapp.checklists.room_air import note_reading_on_oxygen, observation_on_oxygen
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-03-03", "occurrenceDateTime": "2026-03-16"}
_DISCHARGE = (
    "DISCHARGE SUMMARY\nPre-discharge room air testing 02/21/2026 at rest, awake: SpO2 86% RA. "
    "On 2 L NC 93%.\nDisposition: home with home O2 2 L/min continuous."
)


def _oxy_status(follow_up: str) -> str:
    bundle = record(
        "E1390",
        _note("n1", "2026-02-22", _DISCHARGE),
        _note("n2", "2026-03-03", follow_up),
        reason="J96.11",
        order_type="DeviceRequest",
        order=_ORDER,
    )
    report = score_bundle(bundle, as_of=date(2026, 3, 10))
    return {i["id"]: i for i in report["items"]}["OXY-001"]["status"]


def test_a_reading_on_oxygen_does_not_undo_a_room_air_test():
    visit = "PULMONARY FOLLOW-UP\nO: BP 132/78 HR 88 SpO2 90% on 2L NC at rest. Diminished BS."
    assert _oxy_status(visit) == "met"
    assert _oxy_status("O: On 3 lpm NC: SpO2 94%. A/P: continue O2.") == "met"


def test_a_later_room_air_reading_still_decides():
    assert _oxy_status("O: SpO2 95% on RA at rest. Lungs clear.") == "partial"
    assert _oxy_status("O: SpO2 93% RA, 97% on 2L NC.") == "partial"


def test_which_readings_are_on_oxygen():
    assert note_reading_on_oxygen("SpO2 90% on 2L NC at rest", "SpO2")
    assert note_reading_on_oxygen("sats 92% with supplemental oxygen", "sats")
    assert note_reading_on_oxygen("SpO2 91% on 2.5 L/min", "SpO2")
    assert note_reading_on_oxygen("SpO2 89% on BiPAP", "SpO2")
    assert not note_reading_on_oxygen("SpO2 86% on RA at rest", "SpO2")
    assert not note_reading_on_oxygen("SpO2 86% RA, 93% on 2L", "SpO2")
    assert not note_reading_on_oxygen("SpO2 86% RA. On 2 L NC 93%.", "SpO2")
    assert not note_reading_on_oxygen("SpO2 87% at rest; needs O2", "SpO2")


def test_an_observation_with_oxygen_flowing():
    def obs(code: str, value: float) -> dict:
        coding = [{"system": "http://loinc.org", "code": code}]
        return {"component": [{"code": {"coding": coding}, "valueQuantity": {"value": value}}]}

    assert observation_on_oxygen(obs("3151-8", 2))
    assert observation_on_oxygen(obs("3150-0", 28))
    assert not observation_on_oxygen(obs("3151-8", 0))
    assert not observation_on_oxygen(obs("3150-0", 21))
    assert not observation_on_oxygen({})
    assert observation_on_oxygen({"note": [{"text": "On 2 L NC at rest"}]})
    assert not observation_on_oxygen({"note": [{"text": "Room air, at rest, awake."}]})
    assert not observation_on_oxygen({"note": [{"text": "RA at rest 86%; on 2L NC 93%"}]})
