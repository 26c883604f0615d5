"""Every season said "last" is read as "last winter" is (brief s67-d, class 7): one module
(notes/seasons.py) owns the seasons' words and months. onset_times.py read "began last winter"
and "since this past winter", but durations.py read only "since last summer|spring|fall", so
"LBP began last summer", "since this past fall" and "since last autumn" were symptoms of no
stated length (a chronic complaint a false alarm on a "symptoms for N weeks" rule). Each is the
middle of the latest such season over by the note; a season that is no onset stays none."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.durations import find_durations

OCTOBER = date(2026, 10, 20)


def _longest(text: str, day: date = OCTOBER) -> int:
    return max((d.days for d in find_durations(text, day)), default=0)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("LBP began last summer, worse with sitting.", date(2026, 7, 1)),
        ("R knee pain since this past summer", date(2026, 7, 1)),
        ("neck pain started this past fall", date(2025, 10, 1)),
        ("S: c/o hip pain since last autumn", date(2025, 10, 1)),
        ("pain began approx. last spring after yard work", date(2026, 4, 1)),
        ("onset in the past summer, no trauma", date(2026, 7, 1)),
        ("Sx started around last winter", date(2026, 1, 15)),
        ("LBP since abt. last summer", date(2026, 7, 1)),
    ],
)
def test_a_last_season_onset_is_the_latest_season_over(text: str, start: date) -> None:
    assert _longest(text) == (OCTOBER - start).days, text


@pytest.mark.parametrize(
    "text",
    [
        "plan PT this summer",  # no onset
        "last summer was busy; LBP x 2 wks",  # the season is no onset of anything
        "Will start PT next spring.",
    ],
)
def test_no_season_onset_the_words_do_not_give(text: str) -> None:
    assert _longest(text) <= 14, text
