"""The first day of the past year or season a result's clause dates it by (brief s85-results)."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.past_spans import past_span_start

JULY = dt.date(2026, 7, 1)


@pytest.mark.parametrize(
    ("text", "day", "first"),
    [
        ("QFT from last year neg", JULY, dt.date(2025, 1, 1)),
        ("last year's QFT negative", JULY, dt.date(2025, 1, 1)),
        ("QFT the year before last negative", JULY, dt.date(2024, 1, 1)),
        ("QFT neg last fall", JULY, dt.date(2025, 9, 1)),
        ("QFT neg last fall", dt.date(2026, 12, 10), dt.date(2026, 9, 1)),
        ("QFT from last summer negative", JULY, dt.date(2025, 6, 1)),
        ("last winter's QFT negative", JULY, dt.date(2025, 12, 1)),
        ("last winter's QFT negative", dt.date(2026, 1, 20), dt.date(2024, 12, 1)),
        ("PPD negative spring of last year", JULY, dt.date(2025, 3, 1)),
    ],
)
def test_first_day_of_the_span(text: str, day: dt.date, first: dt.date) -> None:
    assert past_span_start(text, 0, len(text), day) == first


@pytest.mark.parametrize(
    "text",
    [
        "QFT neg in the last year",
        "QFT negative within the last year",
        "QFT negative in the past year",
        "QFT neg",
        "QFT last year neg, PPD last fall neg",
    ],
)
def test_no_span_or_the_last_twelve_months(text: str) -> None:
    assert past_span_start(text, 0, len(text), JULY) is None
