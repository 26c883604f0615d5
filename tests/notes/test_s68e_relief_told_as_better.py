"""A relief told as the part better, then how long it held (brief s68-e).

"S: Pain in L arm since spring. s/p C6-7 ILESI 9/15 -- ~50% better but wore off after ~3 wks."
held its relief three weeks: with "since the spring" read as the arm pain's start (seasons.py),
the statement's longest time was the relief's too, and a repeat epidural's 50% for 3 months was
met (DK/spinal-injections-03), because only "relief", "improved", "helped" and the like led a
relief's "wore off after". "Better" leads it as well; a symptom's time after it does not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.relief_lasting import relief_days
from smartapp.notes import NoteInput, find_findings

_DAY = dt.date(2025, 10, 10)


def _held(text: str) -> int | None:
    found = find_findings([NoteInput("DocumentReference/n1", text, _DAY)])
    relief = [f for f in found if f.concept == "block-relief" and f.asserted]
    return relief_days(relief[0], _DAY) if relief else None


@pytest.mark.parametrize(
    "text",
    [
        "S: Pain in L arm since spring. s/p C6-7 ILESI 9/15 -- ~50% better but wore off after "
        "~3 wks.",
        "L arm pain since April. s/p C6-7 ILESI 9/15: 60% better, lasted about 3 weeks.",
        "Neck pain since the spring; after the 9/15 ESI she was 50% better, wore off in 3 wks.",
    ],
)
def test_a_relief_told_as_better_held_its_own_weeks(text: str) -> None:
    assert _held(text) == 21, text


def test_a_symptom_s_time_after_better_is_not_the_relief_s() -> None:
    text = "s/p ESI 9/15 -- 50% better, but pain lasting 3 months before it was no better."
    assert _held(text) != 21
