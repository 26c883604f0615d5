"""A saturation whose oxygen is named just before it is no room-air test (blind wave 21,
BX/oxy-02). A hospital follow-up's 'SpO2 89% RA at rest; walking on 1 L SpO2 88%.' gave the
88% taken on 1 L/min as a qualifying exertional test (LCD L33797: a qualifying test is on room
air), so OXY-001 was met on a titration reading. The oxygen written right before the measure
('on 1 L SpO2 88%', 'On 2L NC SpO2 94%') sets that reading's conditions as surely as one
written after it; oxygen named earlier in the sentence, or a room-air reading, does not."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.room_air import note_reading_on_oxygen
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _oxy_status(visit: str) -> str:
    bundle = record(
        "E1390",
        _note("n1", "2026-07-14", visit),
        reason="J96.11",
        order_type="DeviceRequest",
        order={"authoredOn": "2026-07-14", "occurrenceDateTime": "2026-07-24"},
    )
    report = score_bundle(bundle, as_of=date(2026, 7, 21))
    return {i["id"]: i for i in report["items"]}["OXY-001"]["status"]


def test_an_exertional_reading_on_oxygen_does_not_qualify():
    visit = "HOSPITAL F/U\nO: SpO2 89% RA at rest; walking on 1 L SpO2 88%. No LE edema."
    assert _oxy_status(visit) != "met"


def test_an_exertional_reading_on_room_air_still_qualifies():
    visit = "HOSPITAL F/U\nO: SpO2 90% RA at rest; walking on RA SpO2 86%. No LE edema."
    assert _oxy_status(visit) == "met"


@pytest.mark.parametrize(
    "said",
    [
        "6MWT on 2 L NC: SpO2 nadir 86%, completed 6 min.",
        "Ambulated 200 ft, SpO2 nadir 86% on 2L NC.",
        "walking on 3 lpm lowest SpO2 87%.",
    ],
)
def test_an_exertional_nadir_on_oxygen_does_not_qualify(said):
    assert _oxy_status(f"PULM VISIT\nO: SpO2 92% RA at rest. {said}") != "met"


def test_an_exertional_nadir_on_room_air_still_qualifies():
    visit = "PULM VISIT\nO: SpO2 92% RA at rest. 6MWT on RA: SpO2 nadir 86%; on 2L NC 93%."
    assert _oxy_status(visit) == "met"


def test_oxygen_named_right_before_the_measure():
    assert note_reading_on_oxygen("walking on 1 L SpO2 88%.", "SpO2")
    assert note_reading_on_oxygen("On 2L NC SpO2 94% at rest", "SpO2")
    assert note_reading_on_oxygen("ambulating with 3 lpm O2 sats 87%", "sats")
    # Near misses: room air named, or the oxygen belongs to another part of the sentence.
    assert not note_reading_on_oxygen("walking on RA SpO2 86%", "SpO2")
    assert not note_reading_on_oxygen("on 2L NC at night only, SpO2 87% at rest", "SpO2")
    assert not note_reading_on_oxygen("uses home O2 at night; SpO2 87% at rest", "SpO2")
    assert not note_reading_on_oxygen("was on 2L in hospital, now SpO2 87%", "SpO2")
    assert not note_reading_on_oxygen("on 2L NC SpO2 87% on RA after 10 min off", "SpO2")
    assert not note_reading_on_oxygen("weaned off 2L NC SpO2 88%", "SpO2")
    assert not note_reading_on_oxygen("ambulated 100 ft with oxygen sat of 85%", "sat")
    assert not note_reading_on_oxygen("walking with O2 sats 86%", "sats")
    assert not note_reading_on_oxygen("on 2L in hospital now SpO2 87%", "SpO2")
    assert note_reading_on_oxygen("walking on 3 lpm lowest SpO2 87%.", "SpO2")
    # Two readings in one statement: each is judged where it stands.
    both = "SpO2 92% RA at rest, walking on 2L SpO2 87%"
    assert note_reading_on_oxygen(both, "SpO2", both.rindex("SpO2"))
    assert not note_reading_on_oxygen(both, "SpO2", 0)
