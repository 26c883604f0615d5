"""A percentage spelled out ("60 percent", "sixty-five per cent", "45 pct") is read as its
number (dictated notes; blind wave 60, HR/spinalinj-03); words that only look alike are not."""

from __future__ import annotations

import re

import pytest

from smartapp.notes.spelled_percent import NUMBER, PER_CENT, as_number

_PERCENT = re.compile(NUMBER + PER_CENT, re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("60%", 60.0),
        ("about 60 percent", 60.0),
        ("72.5 per cent", 72.5),
        ("45 pct", 45.0),
        ("sixty percent", 60.0),
        ("Sixty-five per cent", 65.0),
        ("forty five percent", 45.0),
    ],
)
def test_a_percentage_as_written_or_spelled(text: str, value: float) -> None:
    match = _PERCENT.search(text)
    assert match and as_number(match.group(1)) == value, text


@pytest.mark.parametrize(
    "text", ["a percentage of days", "sixty days", "60 percentile", "6 percent"]
)
def test_not_a_percentage_of_two_digits(text: str) -> None:
    assert not _PERCENT.search(text), text
