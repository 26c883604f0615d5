"""Rounds of care told in prose, each with its season, and months listed for care span from the
first to the last (season_rounds.py; blind wave 92, MQ/knee-01: "two rounds of physical therapy
last year, one in the spring, eight weeks, and a second round in the fall, six weeks" and
"cortisone injections in March and September" were 31 December and the note's day, and TKA-002
one month and 11 days).

Near misses: a round planned for the fall, months in no year's order, months of another care
named in the statement, one month alone, and months looked ahead to stay as they were.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.season_rounds import months_had, seasons_had

from .test_judgement import _note, record, status

_NOTE_DAY = dt.date(2026, 2, 10)


def _tka(text: str) -> str:
    day = _NOTE_DAY.isoformat()
    bundle = record("27447", _note("n1", day, text), reason="M17.11", order={"authoredOn": day})
    return status(bundle, "TKA-002", as_of=dt.date(2026, 2, 16))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "She did two rounds of physical therapy last year, one in the spring, eight weeks, and a "
        "second round in the fall, six weeks, and continues her home exercise program.",
        "Two courses of PT last year, the first in the spring and the second in the fall.",
        "She had cortisone injections in March and September, all with only temporary relief.",
        "Steroid injection R knee in April, July and again in October, each helped a few weeks.",
    ],
)
def test_rounds_told_for_each_season_or_month_make_the_months(text: str) -> None:
    assert _tka(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "One round of PT last year in the spring, a second planned for the fall.",
        "PT last year in the spring; will repeat in the fall.",
        "Cortisone injection in March.",
        "Will get cortisone injections in March and September.",
        "Cortisone injections scheduled in March and September.",
        "Cortisone injections in September and March.",
    ],
)
def test_near_misses_stay_short(text: str) -> None:
    assert _tka(text) != "met"


def test_the_spans() -> None:
    told = "PT last year, one in the spring, 8 wks, and a second in the fall, 6 wks"
    assert seasons_had("PT last year", _NOTE_DAY, told) == (
        dt.date(2025, 5, 31),
        dt.date(2025, 11, 30),
    )
    assert seasons_had("PT last year", _NOTE_DAY, "PT last year, one in the spring") is None
    injections = "cortisone injections in March and September"
    assert months_had(injections, _NOTE_DAY, "cortisone injections") == (
        dt.date(2025, 3, 31),
        dt.date(2025, 9, 30),
    )
    # a month that is the note's own is this year's; one after it last year's
    assert months_had("ESI in Nov and Feb", _NOTE_DAY, "ESI") == (
        dt.date(2025, 11, 30),
        _NOTE_DAY,
    )
    # the months of another care named in the statement
    listed = "Took naproxen, then PT in March and September"
    assert months_had(listed, _NOTE_DAY, "naproxen") is None
    # a date already read outside the months listed is another course's
    assert months_had(injections, _NOTE_DAY, "cortisone", [dt.date(2024, 6, 1)]) is None
