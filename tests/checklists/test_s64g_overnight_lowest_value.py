"""An overnight oximetry's lowest saturation, without its minutes at or below 88%, is no
qualifying test (OXY-001; LCD L33797 Group I asks for at least 5 minutes, cumulative, asleep).

Probed for session s64-g: "Overnight oximetry on room air, lowest sat 88%" and "Nocturnal
oximetry: lowest SpO2 84%" met OXY-001, read as saturations at rest (asleep_readings.py). The
corpus's authors read the nadir alone so: C/oxygen-09 (nadir 85%, 3.2 minutes) is labelled
missing and every qualifying overnight test cites its minutes. The minutes, and a saturation
at rest or on exertion beside an overnight test, still qualify.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave21_oxygen_before_reading import _oxy_status

_VISIT = "PULM F/U\nS: COPD, morning headaches. Awake SpO2 93% RA.\n{result}"


@pytest.mark.parametrize(
    "result",
    [
        "Overnight oximetry on room air, lowest sat 88%.",
        "Nocturnal oximetry: lowest SpO2 84%, mean 91%.",
        "Overnight oximetry RA: desaturated to 85% during sleep.",
        "Sleeping SpO2 86% on RA.",
        "Overnight oximetry on RA: nadir 86%.",
    ],
)
def test_an_overnight_lowest_value_alone_does_not_qualify(result: str) -> None:
    assert _oxy_status(_VISIT.format(result=result)) != "met", result


@pytest.mark.parametrize(
    "result",
    [
        "Overnight oximetry RA: nadir 86%, T88 12 min.",
        "Overnight oximetry on RA: SpO2 <=88% for 64 min, lowest sat 82%.",
        "SpO2 87% on RA at rest; overnight oximetry ordered.",
        "6MWT on RA: nadir 86%.",
        "Overnight oximetry pending. Resting SpO2 87% RA today.",
    ],
)
def test_the_minutes_or_a_reading_awake_still_qualify(result: str) -> None:
    assert _oxy_status(_VISIT.format(result=result)) == "met", result


def test_a_resting_value_beside_an_overnight_one_keeps_its_own_condition() -> None:
    text = "PULM F/U\nS: COPD. SpO2 91% at rest RA, overnight oximetry nadir 84% (no T88 given)."
    assert _oxy_status(text) != "met"


@pytest.mark.parametrize(
    "result",
    [
        "Overnight oximetry on room air: SpO2 <=88% for 41% of 6.2 h recording "
        "(cumulative 2 h 33 min). Nadir 79%.",
        "Overnight oximetry RA: SpO2 <=88% for 2 h 33 min, nadir 80%.",
        "Overnight oximetry RA: SpO2 <88% total time 14 min, nadir 83%.",
    ],
)
def test_the_time_in_hours_or_named_cumulative_qualifies(result: str) -> None:
    """FB/oxygen-03: its "<=88%" had been read as a resting SpO2 of 88 (a right answer for a
    wrong reason); the time at or below 88% is what qualifies it."""
    assert _oxy_status(_VISIT.format(result=result)) == "met", result


@pytest.mark.parametrize(
    "result",
    [
        "Overnight oximetry RA: SpO2 <=88% for 1% of 6.2 h recording (cumulative 3.7 min).",
        "Overnight oximetry RA: SpO2 <=88% for 1% of 6.2 h recording. Nadir 86%.",
    ],
)
def test_the_recording_hours_or_under_five_minutes_do_not(result: str) -> None:
    assert _oxy_status(_VISIT.format(result=result)) != "met", result
