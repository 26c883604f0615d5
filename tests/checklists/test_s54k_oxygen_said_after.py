"""A saturation whose next sentence says the test was on oxygen is no room-air test (NCD
240.2, LCD L33797). Clinicians put the condition of the test in a short remark after the
reading ("Pt had O2 on during test.", "Note: on 2 L NC.", "Test done on 3 L."); a later,
separate reading on oxygen, a home or night regimen, or a plan leaves the room-air reading
qualifying."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.oxygen_said_after import oxygen_said_after
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _said_after(text: str, measure: str) -> bool:
    return oxygen_said_after(text, text.index(measure) + len(measure))


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Hall walk: SpO2 85% after 2 laps. Patient had oxygen on during the walk.", "SpO2"),
        ("Ambulatory sat 87%. Note: on 3 L NC.", "sat"),
        ("6MWT nadir 84% at 4 min. Test performed on 2 lpm.", "nadir"),
        ("O2 sat 86% with exertion. Wearing his 2 L concentrator.", "O2 sat"),
        ("SpO2 88% walking\nOn 2L NC", "SpO2"),
        ("sats 85% on stairs; pt was using her portable O2 throughout.", "sats"),
        ("Exertional SpO2 86%. O2 was on for the walk test.", "SpO2"),
        ("SpO2 87% ambulating in hall. Measured with 2 L/min via nasal cannula.", "SpO2"),
        ("Walking oximetry low 86%. Done @ 2 lpm.", "low"),
    ],
)
def test_oxygen_told_after_the_reading(text: str, measure: str) -> None:
    assert _said_after(text, measure)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("SpO2 86% RA walking. Then placed on 2 L, sat 93%.", "SpO2"),
        ("Sat 86% with walking. On 2 L NC, sat 94%.", "Sat"),
        ("SpO2 87% on room air with ambulation. Patient on 2 L at home.", "SpO2"),
        ("Sat 85% walking. Uses 2 L NC at night.", "Sat"),
        ("Sat 86% with walking. Plan: home O2 2 L NC.", "Sat"),
        ("SpO2 86% with exertion. Started on 2 L with improvement.", "SpO2"),
        ("SpO2 87% ambulating. Recommend 2 L NC with activity.", "SpO2"),
        ("SpO2 86% walking. No edema.", "SpO2"),
        ("SpO2 86% walking. Weaned off 2 L NC last month.", "SpO2"),
        (
            "Room air, walking 3 min ..... SpO2 87%\n2 L NC, walking ........ SpO2 93%",
            "SpO2",
        ),
    ],
)
def test_a_room_air_reading_stays_one(text: str, measure: str) -> None:
    assert not _said_after(text, measure)


def _oxy_status(visit: str) -> str:
    bundle = record(
        "E1392",
        _note("n1", "2026-10-05", visit),
        reason="J44.9",
        order_type="DeviceRequest",
        order={"authoredOn": "2026-10-05", "occurrenceDateTime": "2026-10-12"},
    )
    report = score_bundle(bundle, as_of=date(2026, 10, 7))
    return {i["id"]: i for i in report["items"]}["OXY-001"]["status"]


def test_a_walk_test_on_oxygen_named_after_it_does_not_qualify() -> None:
    visit = "A/P: COPD. SpO2 86% with walking. Note: pt had O2 on during test. Plan: portable O2."
    assert _oxy_status(visit) != "met"


def test_the_room_air_reading_before_a_titration_still_qualifies() -> None:
    visit = "A/P: COPD. SpO2 86% RA with walking. Then placed on 2 L, SpO2 93%. Plan: portable O2."
    assert _oxy_status(visit) == "met"
