"""A year is still a year when the next word only begins with a unit's letters: "MVA 2018 LBP
flare" is a 2018 flare of low back pain, not 2018 pounds; "2019 lb" and "2019 mgs" stay
quantities. The unit check had no word boundary, so "LBP" read as "lb" and the year was lost.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates

_NOTE = dt.date(2026, 4, 2)


def _years(text: str) -> list[int]:
    return [mention.when.year for mention in find_dates(text, _NOTE)]


@pytest.mark.parametrize(
    "text, year",
    [
        ("chronic back pain since 2017 LBP flare, PT x 8 wks", 2017),
        ("s/p 2015 mva with neck strain", 2015),
        ("prior 2021 kyphoplasty T12", 2021),
        ("seen in 2018 mgmt clinic for spine", 2018),
        ("2014 ccf referral", 2014),
    ],
)
def test_a_year_before_a_word_that_starts_like_a_unit(text: str, year: int) -> None:
    assert year in _years(text)


@pytest.mark.parametrize(
    "text", ["weighed 2011 lb on the dock scale", "gave 2010 mgs total", "2012 mL out", "1999 %"]
)
def test_a_number_before_its_unit_is_a_quantity(text: str) -> None:
    assert _years(text) == []


def test_a_span_of_years_before_such_a_word() -> None:
    assert {2017, 2019} <= set(_years("naproxen 2017-2019 lbp regimen"))
