"""A season with its length is that many weeks in the season (brief s82-visits): "PT last fall,
~8 wks" was one day of the fall, the comma closing the clause that placed the PT in the season
so that its weeks were left out (past_asides.past_words), as "summer 2025 x 6 weeks" already
read (dated_courses.py). Not a length of something else ("8 wks of pain") nor an interval after
an event ("2 wks post-op"), nor a symptom's weeks in another clause.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status


def _occ(said: str) -> str:
    text = f"Work injury 9/2/25 lifting boxes, R shoulder. Light duty. {said}"
    bundle = record("97750", _note("n1", "2026-01-20", text), reason="S46.011D",
                    order={"authoredOn": "2026-01-20"})  # fmt: skip
    return status(bundle, "OCC-002", as_of=dt.date(2026, 1, 25))["status"]


@pytest.mark.parametrize(
    "said",
    [
        "Did PT last fall, ~8 wks, plateaued.",
        "PT last fall, 8 weeks, no help.",
        "PT last fall, for 8 weeks.",
        "PT last fall x 8 wks, no help.",
    ],
)
def test_a_season_with_its_length_is_that_many_weeks(said: str) -> None:
    assert _occ(said) == "met"


@pytest.mark.parametrize(
    "said",
    [
        "PT last fall, 8 wks of pain before it.",
        "PT last fall, 2 wks post-op.",
        "Did well with PT last fall; shoulder pain x 8 wks now.",
    ],
)
def test_a_season_with_another_length_stays_a_day(said: str) -> None:
    assert _occ(said) != "met"
