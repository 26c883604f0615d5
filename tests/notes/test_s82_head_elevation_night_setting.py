"""A head elevation set lower by day and higher at night is the need when the night's setting is
30 degrees or more (brief s82-series): "HOB elevated 20° by day, 45° at night" read only its
first number and dropped the need (elevation_degrees.py). A second setting is read only when
its time is told right after it; both under 30, or a joint's range after the comma, is none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _need(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/p1", text, dt.date(2026, 10, 12))])
    return any(f.asserted for f in found if f.concept == "positioning-need")


@pytest.mark.parametrize(
    "text",
    [
        "HOB elevated 20° by day, 45° at night.",
        "HOB elevated 20°, 45° at night.",
        "HOB elevated 20 deg while up / 45 deg for sleep.",
        "Head elevated 15° daytime and 40° overnight due to orthopnea.",
        "Head of bed elevated to 20 degrees during the day and 30-45 degrees at night (CHF).",
    ],
)
def test_a_night_setting_of_30_or_more_is_the_need(text: str) -> None:
    assert _need(text)


@pytest.mark.parametrize(
    "text",
    [
        "HOB elevated 20° by day, 25° at night.",
        "HOB elevated 20°, knee flexion 45°.",
        "HOB elevated 20 degrees; R knee ROM 0-45 degrees in bed.",
        "HOB elevated 15 degrees by day, 20-30 degrees at night.",
    ],
)
def test_settings_all_under_30_or_another_measure_are_no_need(text: str) -> None:
    assert not _need(text)
