"""Care placed by "this" season ("tried the therapy thing ... this summer") ran in the note
year's season, as late as it allows, never past the note (past_times.py; blind wave 44,
FI/hip-arthroplasty-03); a season not yet begun at the note is no past."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.past_times import past_period


@pytest.mark.parametrize(
    ("words", "period"),
    [
        ("tried the therapy thing this summer", (date(2026, 6, 1), date(2026, 8, 31))),
        ("did PT this spring", (date(2026, 3, 1), date(2026, 5, 31))),
        ("PT this fall", (date(2026, 9, 1), date(2026, 10, 12))),  # under way: to the note
        ("will start PT this winter", None),  # no season of this module
    ],
)
def test_this_season_is_the_note_years(words: str, period: tuple[date, date] | None) -> None:
    assert past_period(words, date(2026, 10, 12)) == period
