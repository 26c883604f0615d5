"""A length of need left open is none (phrasing grid s44, WHC-007): "length of need TBD",
"LON: ***", "Length of need - to be determined" name the order's field without filling it, so a
wheelchair order whose length of need is still to be decided has not stated it (the written
order's elements, Noridian PMD order requirements). A filled one still reads.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _length_of_need(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/l1", text, dt.date(2026, 5, 4))])
    return any(f.concept == "length-of-need" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Manual chair order drafted; length of need TBD pending rehab course.",
        "LON: ***",
        "Length of need - to be determined after surgery.",
        "Length of need unknown at this time.",
    ],
)
def test_a_length_of_need_left_open_is_none(text: str) -> None:
    assert not _length_of_need(text)


@pytest.mark.parametrize("text", ["Length of need: 6 months.", "LON 99 months", "lifetime need"])
def test_a_filled_length_of_need_reads(text: str) -> None:
    assert _length_of_need(text)
