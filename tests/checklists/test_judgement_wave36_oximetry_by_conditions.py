"""An oximetry test's readings written by their conditions only (blind wave 36,
EC/home-oxygen-03): "Exercise oximetry 3/30/26: RA rest 91%; RA walking 86% at 2 min; on 2 L NC
walking 92%" names no SpO2, but room air with rest or walking and a percentage is a saturation
read on room air, and the walking 86% qualifies for oxygen (LCD L33797 Group I, on exertion).
OXY-001 was called missing. A reading on oxygen stays none, and room air above 88% does not
qualify.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement_wave21_oxygen_before_reading import _oxy_status


@pytest.mark.parametrize(
    "result",
    [
        "Exercise oximetry 7/10/26: RA rest 92%; RA walking 85% at 3 min; on 2 L NC walking 93%.",
        "Walk oximetry today. Room air at rest 93%, room air with ambulation 87%.",
        "Ambulatory oximetry: on RA resting 94%, RA exertion: 86%.",
    ],
)
def test_room_air_readings_by_their_conditions_qualify(result: str) -> None:
    assert _oxy_status(f"PULM F/U\nS: dyspnea walking.\n{result}") == "met"


@pytest.mark.parametrize(
    "result",
    [
        "Exercise oximetry 7/10/26: RA rest 94%; RA walking 91% at 3 min.",
        "Exercise oximetry 7/10/26: on 2 L NC walking 86%.",
    ],
)
def test_no_room_air_value_at_or_below_88_is_none(result: str) -> None:
    assert _oxy_status(f"PULM F/U\nS: dyspnea walking.\n{result}") != "met"


def test_room_air_with_no_percentage_is_no_reading() -> None:
    text = "RA walking better since methotrexate; RA 50 mg weekly dose"
    values = [f for f in find_findings([NoteInput("D/1", text)]) if f.concept == "spo2"]
    assert values == []
