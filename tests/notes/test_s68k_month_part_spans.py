"""A span of months with a part of a month at either end is dated as the words allow (brief
s68-k): "early March to end of May 2026" dated its start the March after the note (the yearless
"early March" read alone), "March to end of May 2026" lost its start, and "mid-Nov 2025 to
mid-Jan 2026" started on Nov 1, earlier than the note allows. A start is read at its part's
latest day (as "since mid-Nov" is); an end keeps its month's first day (never moved later).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates

_NOTE_DAY = dt.date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Meloxicam early March to end of May 2026.", [(2026, 3, 10), (2026, 5, 1)]),
        ("Meloxicam March to end of May 2026.", [(2026, 3, 1), (2026, 5, 1)]),
        ("Meloxicam March through the end of May 2026.", [(2026, 3, 1), (2026, 5, 1)]),
        ("Naproxen early March to late May 2026.", [(2026, 3, 10), (2026, 5, 1)]),
        ("PT mid-Nov to mid-Jan 2026, 10 visits.", [(2025, 11, 20), (2026, 1, 1)]),
        ("PT late Oct until early Dec 2025.", [(2025, 10, 31), (2025, 12, 1)]),
        ("PT mid-Nov 2025 to mid-Jan 2026, 10 visits.", [(2025, 11, 20), (2026, 1, 1)]),
        ("PT late Sept 2025 - end of Nov 2025.", [(2025, 9, 30), (2025, 11, 1)]),
        ("Meloxicam Sept-Nov 2025.", [(2025, 9, 1), (2025, 11, 1)]),
    ],
)
def test_a_span_with_parts_of_months_is_dated_within_the_words(
    text: str, when: list[tuple[int, int, int]]
) -> None:
    assert [m.when for m in find_dates(text, _NOTE_DAY)] == [dt.date(*w) for w in when]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Finished PT late Sept 2026.", (2026, 9, 1)),  # an end is not moved later
        ("PT late May 2025.", (2025, 5, 1)),
        ("Naproxen since mid-Nov 2025.", (2025, 11, 20)),
        ("Knee pain since a fall in mid-Nov 2025.", (2025, 11, 1)),  # the fall, no span's start
    ],
)
def test_a_lone_month_keeps_its_reading(text: str, when: tuple[int, int, int]) -> None:
    assert [m.when for m in find_dates(text, _NOTE_DAY)] == [dt.date(*when)]
