"""An overnight oximetry's qualifying minutes, however the report words them.

Blind wave 34, DV/oxygen-03: "Overnight oximetry on RA: 142 min (31% of 458 min recording) with
SpO2 <=88%" is a Group I nocturnal test (LCD L33797: at least 5 minutes at or below 88%), but the
bracketed share of the recording between the minutes and the threshold hid it, and OXY-001 was
called missing. The threshold may also come first ("SpO2 <=88% for 142 min"). Under 5 minutes
is still no qualifying test.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave21_oxygen_before_reading import _oxy_status

_VISIT = "PULM F/U\nS: COPD, morning headaches. Awake SpO2 93% RA.\n{result}"


@pytest.mark.parametrize(
    "result",
    [
        "Overnight oximetry on RA: 96 min (22% of 430 min recorded) with SpO2 <=88%, nadir 80%.",
        "Nocturnal oximetry on room air: SpO2 <88% for 64 minutes, nadir 82%.",
    ],
)
def test_the_minutes_at_or_below_88_qualify_however_worded(result: str) -> None:
    assert _oxy_status(_VISIT.format(result=result)) == "met"


@pytest.mark.parametrize(
    "result",
    [
        "Overnight oximetry on RA: 3 min (1% of 430 min recorded) with SpO2 <=88%, nadir 87%.",
        "Nocturnal oximetry on room air: SpO2 <88% for 2 minutes, nadir 87%.",
    ],
)
def test_under_five_minutes_is_no_qualifying_test(result: str) -> None:
    assert _oxy_status(_VISIT.format(result=result)) != "met"
