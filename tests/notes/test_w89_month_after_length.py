"""A month alone just after a course's length places the course in that month, as "in May"
does: "Did PT 4 wks May, then HEP daily June-July, diclofenac 75 BID (oral) since June, still on
it" (blind wave 89, ME/hyaluronan-knee-03: the four weeks were read back from the note's day,
and HYA-002's May-October care became one month).

Near misses: "May" as the verb after a length, a month that opens a yearless span (read as the
span), a month with its day or year (read as before), and a length with no month.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.written_dates import find_dates

_NOTE_DAY = dt.date(2026, 10, 28)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Did PT 4 wks May, then HEP daily.", 5),
        ("PT x 8 wks Sept, no help.", 9),
        ("PT 6 weeks Aug.", 8),
        ("Naproxen 2 mos June, stopped - GI upset.", 6),
        ("PT 4-wk May then HEP", 5),
    ],
)
def test_a_month_after_a_length_places_the_course(text: str, month: int) -> None:
    assert [m.when for m in find_dates(text, _NOTE_DAY)] == [dt.date(2026, month, 1)]


@pytest.mark.parametrize(
    ("text", "whens"),
    [
        ("PT x 6 wks May help, will see.", []),  # the verb
        ("PT 6 weeks Oct-Nov", [dt.date(2025, 10, 1), dt.date(2025, 11, 1)]),  # the span's
        ("PT 4 wks May 3", [dt.date(2026, 5, 3)]),  # a day
        ("PT 4 wks Sept 2025", [dt.date(2025, 9, 1)]),  # a year
        ("PT 4 wks, no help.", []),
        ("PT x 4 wks (Oct)", [dt.date(2026, 10, 1)]),  # bracketed, as before
    ],
)
def test_near_misses(text: str, whens: list[dt.date]) -> None:
    assert [m.when for m in find_dates(text, _NOTE_DAY)] == whens
