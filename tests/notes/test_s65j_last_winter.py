"""'Since last winter' is the latest winter over by the note (lead's class at s65-j, noticed by
s65-f): durations._since read it as January 1 of the year before the note, so an October 2026
note's "LBP since last winter" (December 2025 to February 2026) was twenty-one months of pain and
met a six-month rule by time the words do not give. onset_times.py reads it from the middle of
the latest winter whose February has ended, as it does "began last winter"."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.durations import find_durations

OCTOBER = date(2026, 10, 20)  # last winter: Dec 2025 - Feb 2026, read from 1/15/2026
FEBRUARY = date(2026, 2, 20)  # winter not over: last winter is Dec 2024 - Feb 2025


def _longest(text: str, day: date) -> int:
    return max((d.days for d in find_durations(text, day)), default=0)


@pytest.mark.parametrize(
    "text",
    [
        "LBP since last winter.",
        "Low back pain since last winter, worse w/ sitting",
        "S: c/o back pain since about last winter",
        "pain since approx. last winter",
        "R knee pain since this past winter",
        "L shoulder pain ~ since around last winter",
        "HPI: neck pain since sometime last winter, no trauma",
        "lbp since the last winter",
        "Symptoms began last winter.",
    ],
)
def test_last_winter_is_the_winter_just_over(text: str) -> None:
    assert _longest(text, OCTOBER) == (OCTOBER - date(2026, 1, 15)).days, text


def test_a_february_note_reads_the_winter_before() -> None:
    # In February the winter of the note is not over: the one before, from 1/15/2025.
    assert _longest("LBP since last winter", FEBRUARY) == (FEBRUARY - date(2025, 1, 15)).days


@pytest.mark.parametrize(
    "text",
    [
        "plan PT this winter",  # no onset
        "last winter was hard; LBP x 2 wks",  # the winter is no onset of anything
    ],
)
def test_no_winter_onset_the_words_do_not_give(text: str) -> None:
    assert _longest(text, OCTOBER) < (OCTOBER - date(2025, 12, 1)).days, text


@pytest.mark.parametrize(
    ("text", "day", "start"),
    [
        # Any season said "last" is the latest one over by the note, from its middle month.
        ("LBP since last summer", OCTOBER, date(2026, 7, 1)),
        ("knee pain since last spring", OCTOBER, date(2026, 4, 1)),
        ("neck pain since last fall", OCTOBER, date(2025, 10, 1)),  # this fall is not over
        ("LBP since last summer", date(2026, 7, 20), date(2025, 7, 1)),  # nor this summer
        ("pain since about last spring", date(2026, 6, 2), date(2026, 4, 1)),
    ],
)
def test_last_season_is_the_latest_over(text: str, day: date, start: date) -> None:
    assert _longest(text, day) == (day - start).days, text
