"""A block's relief written as a range is read at its lower end (brief s73-b): a reviewer takes
the conservative figure, so "70-80% relief" is 70 and "40-60% relief" meets no repeat's 50%.

Read alike wherever the relief's percentage is read: before or after the relief word, as an
improvement, what the block "helped", a percentage held for a time, a series' summary, spelled
out. Not a range: a change ("from 40% to 80%"), a date or a level before the number ("3/12-80%"),
two numbers too far apart to be one estimate ("10 - 60%").
"""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.spelled_percent import relief_percent


def _values(text: str) -> list[float | None]:
    return [
        f.value
        for f in find_findings([NoteInput("DocumentReference/n1", text)])
        if f.concept == "block-relief" and f.asserted
    ]


@pytest.mark.parametrize(
    ("text", "low"),
    [("MBB 3/2: 70-80% relief.", 70.0),
     ("MBB 3/2: 70%-80% relief.", 70.0),
     ("MBB 3/2: 70 - 80 % relief.", 70.0),
     ("ESI 3/2026: ~70\u201380% relief x 4 months.", 70.0),
     ("MBB gave about 70 to 80 percent relief.", 70.0),
     ("MBB: seventy to eighty percent relief.", 70.0),
     ("MBB: relief of seventy to eighty percent.", 70.0),
     ("MBB 3/2: relief 70-80%.", 70.0),
     ("s/p L4-5 ESI 1/28. Pt reports 50-60% improvement in leg pain.", 50.0),
     ("ESI 1/2026 helped 50-60% for about 4 months.", 50.0),
     ("TFESI 1/2026: 70-80% x 4 mo.", 70.0),
     ("TFESI 1/2026 lasted ~4 mo @ 70-80%.", 70.0),
     ("MBB x2: 80-90% relief.", 80.0),
     ("MBB #1 80-90%, #2 85%.", 80.0)],
)  # fmt: skip
def test_a_range_is_read_at_its_lower_end(text: str, low: float) -> None:
    values = _values(text)
    assert low in values, values
    assert all(v is None or v <= low or v == 85.0 for v in values), values


def test_a_range_under_a_bound() -> None:
    assert _values("MBB 3/2: <70-80% relief.") == [69.0]


@pytest.mark.parametrize(
    ("text", "percent"),
    [("MBB #1 80%, #2 90% relief.", 90.0),
     ("MBB 3/12-80% relief.", 80.0),
     ("After the MBB her relief went from 40% to 80% relief.", 80.0),
     ("MBB 3/2: 30% relief.", 30.0)],
)  # fmt: skip
def test_no_range_keeps_its_number(text: str, percent: float) -> None:
    assert percent in _values(text), _values(text)


@pytest.mark.parametrize(
    ("value", "before", "read"),
    [(80.0, "70-", 70.0), (80.0, "about 70 to ", 70.0), (80.0, "seventy to ", 70.0),
     (80.0, "from 40% to ", 80.0), (80.0, "L4-", 80.0), (80.0, "2025-", 80.0),
     (60.0, "visit 10 - ", 60.0), (70.0, "80-", 70.0), (50.0, "less than ", 49.0)],
)  # fmt: skip
def test_relief_percent(value: float, before: str, read: float) -> None:
    assert relief_percent(value, before) == read
