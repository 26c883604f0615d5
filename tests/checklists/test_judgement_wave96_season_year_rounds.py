"""Rounds of care named in two seasons of one year, with a length said of each: "Did PT 'two
rounds last year' (spring and fall 2025, ~8 wks each)" (blind wave 96, ND/shoulder-02). The
year alone was read, one day of PT on 1 January 2025, and TSA-002 counted only the June 2026
injection; each season is a course of its own (notes/dated_courses.py), and the fall's eight
weeks lie inside the year before a 2026-10-12 check.

Near misses: the seasons of a year outside the window, "two rounds" with no season or length
(read as before: last year's last day), seasons out of a year's order, a length with no "each".
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.dated_courses import course_items

from .test_judgement import _note, record, status

_NOTE_DAY = dt.date(2026, 10, 8)
_LATER = "R GH CSI x3 (last 6/2026), naproxen."


def _tsa(text: str) -> str:
    day = _NOTE_DAY.isoformat()
    bundle = record("23472", _note("n1", day, text), reason="M19.011", order={"authoredOn": day})
    return status(bundle, "TSA-002", as_of=dt.date(2026, 10, 12))["status"]


@pytest.mark.parametrize(
    "text",
    [
        f'Did PT "two rounds last year" (spring and fall 2025, ~8 wks each), {_LATER}',
        f"PT x2 rounds (spring and fall 2025, 8 wks each), {_LATER}",
        f"Two rounds of PT last year (spring & fall '25 x 8 wks ea), {_LATER}",
        f"PT summer and fall of 2025 for 6 weeks each, {_LATER}",
    ],
)
def test_each_season_of_the_year_is_a_course(text: str) -> None:
    assert _tsa(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        f'Did PT "two rounds" (spring and fall 2024, ~8 wks each), {_LATER}',
        f"PT x2 rounds (fall and spring 2024, 8 wks each), {_LATER}",
    ],
)
def test_seasons_before_the_window_stay_out(text: str) -> None:
    assert _tsa(text) == "partial"


def test_the_courses_of_a_shared_year() -> None:
    items = course_items("PT (spring and fall 2025, ~8 wks each), CSI")
    assert [(period, days) for _s, _e, period, days in items] == [
        ((dt.date(2025, 3, 1), dt.date(2025, 5, 31)), 56),
        ((dt.date(2025, 9, 1), dt.date(2025, 11, 30)), 56),
    ]
    # No "each": the length may be both rounds', so only the later season's own item (as before)
    items = course_items("PT (spring and fall 2025, 8 wks), CSI")
    assert [(period, days) for _s, _e, period, days in items] == [
        ((dt.date(2025, 9, 1), dt.date(2025, 11, 30)), 56)
    ]
    # Out of a year's order: no shared courses
    assert [p for _s, _e, p, _d in course_items("PT fall and spring 2025, 8 wks each")] == [
        (dt.date(2025, 3, 1), dt.date(2025, 5, 31))
    ]
