"""Care placed in two of last year's seasons spans from the first to the last (season_rounds.py;
blind wave 89, MD/knee-tka-02: "Did two rounds of PT last year (spring and fall), Synvisc series
x3 in summer, meloxicam daily" was one day, 31 December, and TKA-002 21 days).

Near misses: "last year" alone or with one season, seasons out of a year's order, seasons not of
last year, and this year's stay as they were.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.season_rounds import seasons_had

from .test_judgement import _note, record, status

_NOTE_DAY = dt.date(2026, 1, 20)


def _tka(text: str) -> str:
    day = _NOTE_DAY.isoformat()
    bundle = record("27447", _note("n1", day, text), reason="M17.12", order={"authoredOn": day})
    return status(bundle, "TKA-002", as_of=dt.date(2026, 1, 22))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "S: L knee OA. Did two rounds of PT last year (spring and fall), Synvisc series x3 in "
        "summer, meloxicam daily. Still uses cane.",
        "Did two rounds of PT last year (spring and fall).",
        "Two courses of PT last year (spring & fall), no lasting help.",
    ],
)
def test_two_seasons_of_last_year_make_the_months(text: str) -> None:
    assert _tka(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Did PT last year.",
        "Did PT last year (fall).",
        "Did PT last year (fall and spring).",
        "Did PT this past year (spring and fall).",
    ],
)
def test_near_misses_stay_short(text: str) -> None:
    assert _tka(text) == "partial"


def test_the_span_of_the_seasons() -> None:
    spring_fall = (dt.date(2025, 5, 31), dt.date(2025, 11, 30))
    assert seasons_had("PT last year (spring and fall)", _NOTE_DAY) == spring_fall
    assert seasons_had("PT last year (summer + fall)", _NOTE_DAY)[0] == dt.date(2025, 8, 31)
    assert seasons_had("PT in spring and fall", _NOTE_DAY) is None  # no year said
    assert seasons_had("PT last year (fall)", _NOTE_DAY) is None
