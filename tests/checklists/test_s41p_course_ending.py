"""A course told with its length and the day it ends by "ending", "that ended" or "thru" ran its
weeks up to that day ("OT x 8 wks ending 1/30" is eight weeks before 1/30, not eight days from
it); a "through" in a clause about relief ("helped through 1/30") tells the relief's end, not the
course's, and "until" stays the relief's word.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.ended_on import ended_on

from .test_judgement import _note, record, status

_NOTE = dt.date(2026, 2, 18)
_LAST = dt.date(2026, 1, 30)


@pytest.mark.parametrize(
    "words",
    [
        "Outpatient PT 2x/wk x 8 wks ending 1/30",
        "a course of OT that ended 1/30/2026, 8 weeks",
        "home exercise + PT x 8 wks thru 1/30",
        "PT 8 wks (16 visits) through 1/30, no change in pain",
    ],
)
def test_a_date_after_ending_or_thru_is_the_last_day(words: str) -> None:
    assert ended_on(words, _NOTE, _LAST)


@pytest.mark.parametrize(
    "words",
    [
        "PT x 8 wks, helped through 1/30 then pain returned",
        "PT 8 wks, relief lasted thru 1/30",
        "PT x 8 wks, pain-free until 1/30",
        "PT begins 1/30, 2x/wk x 8 wks",
    ],
)
def test_a_relief_through_a_day_or_a_start_is_no_end(words: str) -> None:
    assert not ended_on(words, _NOTE, _LAST)


def _knee_scope(text: str) -> str:
    """KAS-003 (42 days of failed conservative care) for a meniscectomy, one note of 2/18."""
    bundle = record("29881", _note("n1", "2026-02-18", text), reason="M23.222")
    return status(bundle, "KAS-003", as_of=dt.date(2026, 2, 25))["status"]


@pytest.mark.parametrize("ends", ["ending 2/2", "thru 2/2"])
def test_weeks_ending_on_a_day_run_up_to_it(ends: str) -> None:
    said = (
        "L knee medial meniscus tear, mechanical catching, pain with squatting.\n"
        f"Supervised physical therapy 2x/wk x 7 wks {ends}, no improvement.\n"
        "Plan: arthroscopic partial medial meniscectomy."
    )
    assert _knee_scope(said) == "met"
