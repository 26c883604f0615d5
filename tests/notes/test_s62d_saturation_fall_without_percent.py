"""A walk test told as the saturation's fall may leave out the "%" ("RT walk test today: RA rest
93%, sats dipped to 86 walking the hall": blind wave 62, HZ/oxy-01). With the saturation named
before the verb, two digits after it are a saturation (LCD L33797 Group I: 88% or less on
exercise); a rate, a flow or a distance with its unit is not, nor a fall that is only feared."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _nadirs(text: str) -> list[float]:
    found = find_findings([NoteInput("DocumentReference/o1", text, dt.date(2026, 2, 20))])
    return [
        f.value
        for f in found
        if f.concept == "spo2-nadir" and f.asserted and f.value is not None and f.value <= 88
    ]


@pytest.mark.parametrize(
    "text",
    [
        "RT walk test today: RA rest 93%, sats dipped to 86 walking the hall (3 min).",
        "Ambulatory oximetry on RA: SpO2 fell to 85 at 4 min.",
        "6MWT - sats on room air declined to 84 by lap 3, recovered w/ rest.",
        "Walked the hall on RA, sat quickly fell to 86.",
        "pulse ox went down to 86 walking on RA",
        "Exertional desat: SpO2 RA decreased to 87 after 2 flights of stairs.",
        "O: o2 sats came down to 85 with treadmill walk (room air)",
        "Sats RA trended down to 88 on exertion, back to 92 at rest.",
        "ambulated 150 ft on room air and saturations dipped to 83.5",
    ],
)
def test_a_saturation_that_falls_to_two_digits_is_the_nadir(text: str) -> None:
    assert _nadirs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walked on RA; sats dipped to 93 then recovered.",
        "pulse ox fell to 86 bpm on the monitor during the walk",
        "Sats fell to 40 ft short of the hall end.",
        "Sats dipped to 86/ 60 per the automated cuff.",
        "If sats fall to 85 with walking, call the office.",
        "No desaturation: sats did not fall below 90 walking on RA.",
    ],
)
def test_no_fall_to_a_qualifying_saturation_is_none(text: str) -> None:
    assert not _nadirs(text)
