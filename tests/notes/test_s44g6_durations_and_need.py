"""Phrasing grid s44 (g6): a time "and change" is at least that long ("on the azathioprine two
months and change"), and a length of need "will be needed" is stated, not put off: the
oxygen prescription's length of need is a need to come by nature (CMS-484)."""

from __future__ import annotations

from datetime import date

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.durations import find_durations

DAY = date(2026, 5, 4)


def test_a_time_and_change_is_a_duration() -> None:
    taken = "been on the azathioprine two months and change"
    assert [d.days for d in find_durations(taken, DAY)] == [60]
    assert [d.days for d in find_durations("six weeks and counting on naproxen", DAY)] == [42]


def test_a_length_of_need_that_will_be_needed_is_stated() -> None:
    found = find_findings([NoteInput("n", "O2 2 L NC nightly. This will be needed for life, "
                                          "99 months.", DAY)])  # fmt: skip
    need = [f for f in found if f.concept == "length-of-need"]
    assert need and all(f.asserted for f in need)
    conditional = find_findings([NoteInput("n", "If sats stay low, it will be needed "
                                                "indefinitely.", DAY)])  # fmt: skip
    assert not any(f.asserted for f in conditional if f.concept == "length-of-need")
