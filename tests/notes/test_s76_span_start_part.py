"""A yearless span of months whose *first* month has a part before it ("MTX 15 mg weekly from
late Feb to mid April") starts inside that month, at the day a start in that part is read as
(month_parts.range_start_day: its latest), not on the 1st: seven weeks of methotrexate were read
from 2/1 and, with the order's "with MTX if tolerated", made twelve (blind wave 87,
LV/infliximab-02). The part is read once, as the span's start.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates

_NOTE_DAY = dt.date(2026, 5, 26)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("MTX 15 mg weekly from late Feb to mid April, stopped.", [(2026, 2, 28), (2026, 4, 15)]),
        ("naproxen mid-Feb through April", [(2026, 2, 20), (2026, 4, 1)]),
        ("PT early Jan-Mar, no help", [(2026, 1, 10), (2026, 3, 1)]),
        ("meloxicam late Nov - early Jan (GI upset)", [(2025, 11, 30), (2026, 1, 1)]),
        ("Did PT mid Oct to late Dec.", [(2025, 10, 20), (2025, 12, 25)]),
    ],
)
def test_a_part_before_the_first_month_starts_the_span_inside_it(
    text: str, when: list[tuple[int, int, int]]
) -> None:
    assert [m.when for m in find_dates(text, _NOTE_DAY)] == [dt.date(*w) for w in when]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # No part: the first month's first day, as before.
        ("MTX 15 mg weekly from Feb to mid April", [(2026, 2, 1), (2026, 4, 15)]),
        ("PT 6 wks (Feb-Mar)", [(2026, 2, 1), (2026, 3, 1)]),
        # A part of another word ("mid-back") is no part of the month after it.
        ("mid-back pain; PT Feb-Apr", [(2026, 2, 1), (2026, 4, 1)]),
        # A yeared span keeps its own reading (written_dates._MONTH_RANGE).
        ("PT late Feb-Apr 2025", [(2025, 2, 28), (2025, 4, 1)]),
    ],
)
def test_near_misses_keep_their_reading(text: str, when: list[tuple[int, int, int]]) -> None:
    assert [m.when for m in find_dates(text, _NOTE_DAY)] == [dt.date(*w) for w in when]
