"""A course told with its length and the day it ended ("OT 3x/wk x 7 wks (21 visits, completed
2/6)") ran those weeks up to that day, not from it on to the note (blind wave 44,
FI/knee-arthroscopy-01: six weeks of PT that "ended 2/27" were read as 13 days, 2/27 to the note).

A date that opens a course ("started 1/2, x 6 wks") still begins it, and a relief that held
"until" a day ends no course.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.ended_on import ended_on

from .test_judgement import _note, record, status

_DAY = dt.date(2026, 2, 20)


def _knee_scope(text: str) -> str:
    """KAS-003 (42 days of failed conservative care) for a meniscectomy, one note of 2/20."""
    bundle = record("29881", _note("n1", "2026-02-20", text), reason="M23.222")
    return status(bundle, "KAS-003", as_of=dt.date(2026, 3, 1))["status"]


@pytest.mark.parametrize(
    "words",
    [
        "Physical therapy 3x/wk x 7 wks (21 visits, completed 2/6)",
        "PT x 7 weeks, finished on 2/6/2026",
        "formal PT 7 wks, d/c'd from PT 2/6",
        "PT x 7 wks, last visit 2/6",
    ],
)
def test_the_date_after_an_ending_word_is_the_last_day(words: str) -> None:
    assert ended_on(words, _DAY, dt.date(2026, 2, 6))


@pytest.mark.parametrize(
    "words",
    ["PT started 2/6, x 7 wks", "PT x 7 wks from 2/6", "PT x 7 wks, helped until 2/6"],
)
def test_a_date_that_opens_a_course_or_a_relief_is_no_end(words: str) -> None:
    assert not ended_on(words, _DAY, dt.date(2026, 2, 6))


def test_weeks_that_ended_on_a_day_run_up_to_it() -> None:
    said = (
        "R knee medial meniscus tear, catching and locking episodes resolved, pain on stairs.\n"
        "Did physical therapy 3x/wk x 7 wks (21 visits, completed 2/6), no better.\n"
        "Plan: arthroscopic partial medial meniscectomy."
    )
    assert _knee_scope(said) == "met"


def test_weeks_that_began_on_a_day_still_run_from_it() -> None:
    said = (
        "R knee medial meniscus tear, pain on stairs.\n"
        "Physical therapy started 2/6, 3x/wk x 7 wks, no better so far.\n"
        "Plan: arthroscopic partial medial meniscectomy."
    )
    assert _knee_scope(said) != "met"
