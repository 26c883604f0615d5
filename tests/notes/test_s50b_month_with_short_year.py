"""A month written with its year cut short after an apostrophe ("Synvisc series Oct '25",
"Mar ’24") is that month, found by blind wave 54: the series was otherwise dated by the relief
the same sentence gives ("through early June"), inside the six months a repeat must wait."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates

_DAY = dt.date(2026, 9, 14)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Synvisc-One Oct '25 helped until spring.", dt.date(2025, 10, 1)),
        ("Last Gelsyn series Mar \u201924, good result.", dt.date(2024, 3, 1)),
        ("Orthovisc x3 Sept. '25, relief through mid-April.", dt.date(2025, 9, 1)),
    ],
)
def test_a_month_with_a_short_year_is_that_month(text: str, first: dt.date) -> None:
    found = [mention.when for mention in find_dates(text, _DAY)]
    assert found and found[0] == first, found


def test_a_month_with_its_full_year_is_unchanged() -> None:
    assert [m.when for m in find_dates("Series Oct 2025.", _DAY)] == [dt.date(2025, 10, 1)]
