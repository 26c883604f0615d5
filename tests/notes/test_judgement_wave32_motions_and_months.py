"""Two note-reading rules from blind wave 32.

DO/lmri-03: a PT course's comment "12 visits completed; flexion-based program" met a lumbar MRI's
follow-up exam (LMRI-004) as a range of motion. A motion that names a kind of exercise
("flexion-based program", "extension exercises") is care, not a measured motion.

DO/tha-03: "Plan: pt wishes R THA before planned hiking trip in Oct." in a June note read "Oct"
as last October, so the plan looked a year old and THA-005 missed it. A yearless month the words
before it look ahead to (planned, scheduled, next, wishes) is the coming one.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.written_dates import find_dates

_DAY = dt.date(2026, 3, 3)


def _motions(text: str) -> list[str]:
    found = find_findings([NoteInput("DocumentReference/n1", text, _DAY)])
    return [f.text.lower() for f in found if f.concept == "range-of-motion"]


@pytest.mark.parametrize(
    "text",
    [
        "PT 2x/wk x 6 wks completed; flexion-based program.",
        "Home program: extension exercises daily.",
        "Therapy used a flexion biased protocol with core work.",
    ],
)
def test_a_motion_naming_an_exercise_is_no_range_of_motion(text: str) -> None:
    assert _motions(text) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Exam: lumbar flexion limited to 40 degrees.", "lumbar flexion"),
        ("Exam: Extension reproduces low back pain.", "extension"),
        ("Exam: forward flexion painful.", "forward flexion"),
    ],
)
def test_an_examined_motion_still_is_one(text: str, word: str) -> None:
    assert _motions(text) == [word]


def _dated(text: str, note_day: dt.date) -> list[dt.date]:
    return [mention.when for mention in find_dates(text, note_day)]


def test_a_month_the_plan_looks_ahead_to_is_the_coming_one() -> None:
    june = dt.date(2026, 6, 30)
    assert _dated("Wants surgery before planned trip in Oct.", june) == [dt.date(2026, 10, 1)]
    assert _dated("Surgery scheduled for late Nov.", june) == [dt.date(2026, 11, 25)]
    assert _dated("Next visit early Mar.", june) == [dt.date(2027, 3, 1)]


def test_a_month_told_as_past_keeps_its_reading() -> None:
    june = dt.date(2026, 6, 30)
    assert _dated("Injection in Oct helped for 6 weeks.", june) == [dt.date(2025, 10, 1)]
    assert _dated("Planned TKA last March was postponed.", june) == [dt.date(2026, 3, 1)]
