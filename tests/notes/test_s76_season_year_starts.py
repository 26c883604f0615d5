"""A start told by a season of a named year ("Meloxicam since fall 2025", "started summer 2025")
is dated at the season's middle, as its length from there is (since_dates.py, seasons.py), not
at 1 January of the year: the span was read from 1/1 for the length since October, so in a
February note "since fall 2025" became 1/1-5/23 of 2025, three months of care no note gave
(brief s76-spans). "started summer 2025" had no length at all and was placed in the summer.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_durations
from smartapp.notes.written_dates import find_dates

_NOTE_DAY = dt.date(2026, 2, 20)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Meloxicam since fall 2025, no help.", (2025, 10, 1)),
        ("Meloxicam since autumn 2025, no help.", (2025, 10, 1)),
        ("Naproxen since the summer of 2025.", (2025, 7, 1)),
        ("Meloxicam started summer 2025, continues.", (2025, 7, 1)),
        ("Meloxicam started in fall 2025, no help.", (2025, 10, 1)),
        ("cane use began in the spring of 2025", (2025, 4, 1)),
    ],
)
def test_a_start_in_a_season_of_a_year_is_the_season_s_middle(
    text: str, start: tuple[int, int, int]
) -> None:
    assert [m.when for m in find_dates(text, _NOTE_DAY)] == [dt.date(*start)]
    (length,) = find_durations(text, _NOTE_DAY)
    assert _NOTE_DAY - dt.timedelta(days=length.days) == dt.date(*start)


@pytest.mark.parametrize(
    "text",
    [
        "PT x 8 wks fall 2025, no help.",  # care placed in the season: its year (care_dates)
        "Meloxicam since 2025.",  # a year alone: its first day
        "PT summer 2025 then naproxen",
        "Since winter 2026 worse.",  # winter straddles two years: no season of a year
    ],
)
def test_a_season_not_begun_then_keeps_its_year(text: str) -> None:
    assert all(m.when.month == 1 for m in find_dates(text, _NOTE_DAY))
