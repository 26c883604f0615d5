"""A walk test's time is no saturation (brief s74-k).

"6MWT on room air: SpO2 at 6 min 93%" was read as a saturation of 6 and met OXY-001 (LCD
L33797: a room-air saturation at or below 88%) whatever the real reading. The time after "at"
or "after" is when the saturation was read; the reading is the percentage told with it, and
a reading on oxygen is still no qualifying test.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave21_oxygen_before_reading import _oxy_status


def _status(said: str) -> str:
    return _oxy_status(f"PULM VISIT\nO: SpO2 95% RA at rest. {said}")


@pytest.mark.parametrize(
    "said",
    [
        "6MWT on room air: SpO2 at 6 min 93%.",
        "6MWT on room air: SpO2 at 3 min: 94%.",
        "6MWT on room air: SpO2 at 3 minutes 92%.",
        "6MWT on room air: SpO2 after 10 sec 94%.",
        "6MWT on room air: SpO2 x 6 min 93%.",
        "6MWT on room air: SpO2 at 2 hrs 95%.",
        "6MWT on room air: SpO2 at 6 minutes.",
        "6MWT on room air: lowest SpO2 at 4 min 93%.",
        "6MWT on room air: SpO2 nadir at 4 min 93%.",
        "6MWT on RA: walked 6 min, SpO2 nadir 91%.",
        "6MWT: O2 2 L at 6 min: 91%.",
    ],
)
def test_a_time_is_no_qualifying_saturation(said: str) -> None:
    assert _status(said) != "met"


@pytest.mark.parametrize(
    "said",
    [
        "6MWT on room air: SpO2 at 6 min 86%.",
        "6MWT on room air: SpO2 at 3 min: 86%.",
        "6MWT on RA: SpO2 86% at 6 min on RA.",
        "6MWT on RA: SpO2 dropped to 87% after 3 min.",
        "6MWT on RA: walked 6 min, SpO2 nadir 88%.",
        "6MWT on room air: sats 86 % at 6 min.",
        "6MWT on room air: nadir 85% at 4 min.",
        "6MWT on room air: lowest SpO2 at 4 min 86%.",
    ],
)
def test_the_saturation_read_at_a_time_still_qualifies(said: str) -> None:
    assert _status(said) == "met"


@pytest.mark.parametrize(
    ("said", "met"),
    [
        # The later reading told by its time after the resting one: the exertion value is 86.
        ("6MWT on RA: SpO2 at rest 93%, at 6 min 86%.", True),
        ("6MWT on RA: SpO2 at rest 93%, at 6 min: 88%.", True),
        ("6MWT on RA: SpO2 at rest 93%, at 6 min 91%.", False),
        # With the walk named after the time: "recheck sats 8 wks" was once read as a saturation
        # of 8, which hid that this exertion reading was not read (HI/oxy-03).
        ("SpO2 RA rest 90%, after 1 min walk 86% RA, 93% on 2 L.", True),
        ("SpO2 RA rest 90%, after 1 min walk 91% RA.", False),
        ("SpO2 RA rest 93%, after 1 min walk 86% on 2 L.", False),
        ("A/P: portable O2 2 L/min w/ ambulation, recheck sats 8 wks.", False),
        # Oxygen named before the time: no room-air reading, and no saturation named.
        ("6MWT: SpO2 at rest 93% on RA, on 2 L at 6 min 86%.", False),
        ("6MWT: O2 2 L at 6 min: 86%.", False),
    ],
)
def test_a_later_reading_told_by_its_time(said: str, met: bool) -> None:
    assert (_status(said) == "met") is met
