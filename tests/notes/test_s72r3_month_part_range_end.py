"""A yearless span of months whose second month has a part before it ("PT 6 wks (Feb-mid
Mar)") is dated from its first month: the span was not read, "mid Mar" alone dated the PT, and
a PT course of six weeks ending mid-March was called 15 days long (blind wave 82,
LA/pain-spinal-injections-01). The end keeps its part's day (15th, 25th) or its month's first,
as an end is never moved later (month_parts.py).
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates

_NOTE_DAY = dt.date(2026, 3, 30)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Tried: PT 6 wks (Feb-mid Mar) + HEP, gabapentin.", [(2026, 2, 1), (2026, 3, 15)]),
        ("PT x6wk (Feb - mid-March), failed.", [(2026, 2, 1), (2026, 3, 15)]),
        ("S: PT 6 weeks Feb to mid March, HEP daily", [(2026, 2, 1), (2026, 3, 15)]),
        ("did PT 2x/wk (Jan-late Feb), no relief", [(2026, 1, 1), (2026, 2, 25)]),
        ("Physical therapy 8 wks, Jan through mid-Feb.", [(2026, 1, 1), (2026, 2, 15)]),
        ("PT Dec-mid Jan, 10 visits.", [(2025, 12, 1), (2026, 1, 15)]),
        ("meloxicam 15 mg (Jan-end of Feb), GI upset", [(2026, 1, 1), (2026, 2, 1)]),
        ("naproxen Nov thru early Jan", [(2025, 11, 1), (2026, 1, 1)]),
    ],
)
def test_a_yearless_span_ending_in_a_part_of_a_month_keeps_its_start(
    text: str, when: list[tuple[int, int, int]]
) -> None:
    assert [m.when for m in find_dates(text, _NOTE_DAY)] == [dt.date(*w) for w in when]


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # A year after the end is the yeared span's (written_dates._MONTH_RANGE), as before.
        ("PT Feb-mid Mar 2025.", [(2025, 2, 1), (2025, 3, 1)]),
        # Two months not joined into a span stay apart: pain since Feb, PT in mid-March.
        ("Pain since Feb; PT mid Mar.", [(2026, 3, 15)]),
        # A plain span is read as before.
        ("PT 6 wks (Feb-Mar)", [(2026, 2, 1), (2026, 3, 1)]),
    ],
)
def test_near_misses_keep_their_reading(text: str, when: list[tuple[int, int, int]]) -> None:
    assert [m.when for m in find_dates(text, _NOTE_DAY)] == [dt.date(*w) for w in when]
