"""An exertional test's lowest value told as the saturation's fall (LCD L33797: during exercise
the lowest room-air value qualifies): 'during treadmill walk SpO2 fell to 85% at 3 min' (blind
wave 58, HK/home-oxygen-03), 'sats dipped to 86%', 'O2 saturation decreased to 87%'. A fall that
stays above 88%, one on oxygen, an oxygen flow decreased and a fall denied are none."""

from __future__ import annotations

import pytest

from .test_s54a_oxygen_worn import _oxy_status


@pytest.mark.parametrize(
    "test",
    [
        "RA rest 93%; on the treadmill SpO2 fell to 84% at 2 min; on 2 L 92%.",
        "6MWT on room air: sats dipped to 86% at 4 min, recovered with rest.",
        "Hall walk RA: O2 saturation decreased to 87% after 150 ft.",
        "Exertion on RA: SpO2 quickly declined to 85%, 3 L NC restored 93%.",
    ],
)
def test_a_saturation_that_fell_on_room_air_walking_qualifies(test: str) -> None:
    assert _oxy_status(f"EXERCISE OXIMETRY\n{test}\nReviewed, O2 indicated.") == "met"


@pytest.mark.parametrize(
    "test",
    [
        "RA rest 93%; walking SpO2 fell to 91% at 6 min.",
        "Walking on 2 L: SpO2 fell to 86%, then 90% at rest.",
        "With exertion the O2 flow decreased to 2 L; SpO2 94% RA at rest.",
        "Walk test: sats never fell to 88%, lowest 92% RA.",
    ],
)
def test_a_fall_short_of_88_or_on_oxygen_does_not(test: str) -> None:
    assert _oxy_status(f"EXERCISE OXIMETRY\n{test}\nReviewed.") != "met"
