"""A course "from" a date "until" a dated end is the span its dates give, not a course running on
to the note (brief s68-k, noticed checking month parts): "Meloxicam from 3/2026 until 4/2026" in
a December note read as "since 3/2026", nine months of a drug taken for one, a false "met" for a
6-week trial. A start with no end ("since 3/2026"), or one running "to present", stays open.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_durations

_NOTE_DAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Meloxicam from 3/2026 until 4/2026.",
        "Meloxicam from March 2026 until Sept 2026.",
        "Naproxen from early March to end of May 2026.",
        "PT from 1/5/26 - 2/13/26.",
        "PT from 1/5/26 to 2/13/26, 10 visits.",
        "Ibuprofen from mid-Nov 2025 through mid-Jan 2026.",
        "Gabapentin started in March 2026 until May 2026.",
        "Meloxicam from 2024 to 2025.",
    ],
)
def test_a_closed_span_is_no_time_to_the_note(text: str) -> None:
    assert not [d for d in find_durations(text, _NOTE_DAY) if d.days > 200]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Meloxicam since 3/2026.", 275),
        ("Meloxicam from 3/2026 to present.", 275),
        ("PT from 1/5/26 - 10 visits so far.", 330),
        ("Pain since May - worse with walking.", 214),
    ],
)
def test_an_open_start_still_runs_to_the_note(text: str, days: int) -> None:
    assert days in [d.days for d in find_durations(text, _NOTE_DAY)]
