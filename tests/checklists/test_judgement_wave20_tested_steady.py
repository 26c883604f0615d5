"""Unsteadiness its own balance testing found low risk in is no mobility limitation (blind wave
20, BR/wlk-03): "A/P: Mild subjective unsteadiness, low fall risk on testing." with a normal TUG
and Berg, a patient who walks a mile daily. The complaint is subjective; the test is the measure.
A high risk on testing, falls, or a limit that testing balance does not answer (walking distance
for knee pain) still count.
"""

from __future__ import annotations

import pytest

from smartapp.evidence.score_bands import balance_tested_well

from .test_judgement import _note, record, status


def _walker(text: str) -> str:
    bundle = record(
        "E0143", _note("n1", "2026-02-20", text), reason="R26.81", order_type="DeviceRequest"
    )
    return status(bundle, "WLK-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "A/P: Mild subjective unsteadiness, low fall risk on testing. No neuro deficit.",
        "Reports imbalance at home, normal on TUG and Berg.",
        "Feels unsteady at home; Berg and TUG within normal limits.",
        "Unsteadiness at home, balance testing normal.",
    ],
)
def test_unsteadiness_tested_well_is_no_limitation(text: str) -> None:
    assert _walker(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "Unsteady gait at home, high fall risk on testing.",
        "Unsteadiness at home, not low risk on testing.",
        "Unsteady gait at home with 2 falls this year, Berg 38/56.",
    ],
)
def test_unsteadiness_tested_poorly_still_counts(text: str) -> None:
    assert _walker(text) == "met"


def test_only_unsteadiness_is_answered_by_balance_testing() -> None:
    text = "Unable to walk > 1 block due to knee pain, low fall risk on testing."
    assert not balance_tested_well(text, 0, 14)
    assert balance_tested_well("Mild unsteadiness, low fall risk on testing.", 5, 17)
