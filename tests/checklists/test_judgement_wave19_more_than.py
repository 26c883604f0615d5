"""How long care ran, written with a "more than" sign (blind wave 19, BM/tka-01): "Failed PT x8
wks 2025, NSAIDs (meloxicam) >1 yr, CSI x2" is a year of meloxicam running to the note, not the
PT's eight weeks shared by every modality. Not an age ("age >65 yrs"), a weight ("lift >15 lb")
or "<6 wks" (at most)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_durations

NOTE_DAY = dt.date(2026, 1, 14)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("NSAIDs (meloxicam) >1 yr, CSI x2", 365),
        ("ibuprofen >= 6 mos", 180),
        ("naproxen ≥12 wks", 84),
        ("meloxicam > 3 months", 90),
    ],
)
def test_a_more_than_sign_before_the_time_is_how_long(text: str, days: int) -> None:
    assert [d.days for d in find_durations(text, NOTE_DAY)] == [days]


@pytest.mark.parametrize(
    "text", ["age >65 yrs", "aged >70 y", "pain <6 wks", "lift >15 lb", "BP >140/90"]
)
def test_ages_weights_and_at_most_are_no_duration(text: str) -> None:
    assert find_durations(text, NOTE_DAY) == []
