"""How long a drug was taken, written straight after its name and closing its clause, is its
time (blind wave 43, FF/tha-03: "PT 10 wks 2025, meloxicam 1 yr, inj x2 (2025)" read no time for
the meloxicam, so the hip arthroplasty's year of NSAID was found nowhere).

Only after a drug's own name, and only where the time closes the clause: a dose is no time, a
time "ago" is read as before, and a number after some other word is left alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_durations

_DAY = dt.date(2026, 6, 2)


def _times(text: str) -> list[tuple[str, int]]:
    return [(text[d.start : d.end], d.days) for d in find_durations(text, _DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tried HEP, celecoxib 6 mos, CSI x1.", [("6 mos", 180)]),
        ("Naproxen 3 wks; tramadol 10 days.", [("3 wks", 21), ("10 days", 10)]),
        ("Prior care: acetaminophen 2 yrs", [("2 yrs", 730)]),
    ],
)
def test_a_time_after_a_drug_s_name_is_how_long_it_was_taken(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "celecoxib 200 mg daily, lisinopril 10 mg.",
        "knee brace 2 wks, then walker.",
        "celecoxib 6 mos from now if no better",
    ],
)
def test_a_dose_another_word_s_number_or_an_open_clause_is_no_drug_time(text: str) -> None:
    assert _times(text) == []


def test_a_time_already_read_is_read_once() -> None:
    assert _times("naproxen x 6 wks, then stopped") == [("x 6 wks", 42)]
    assert _times("ibuprofen 2 wks ago.") == [("2 wks ago", 14)]
