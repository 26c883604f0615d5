"""A symptom's start written as a season of a year, found by blind wave 31
(DK/spinal-injections-04): "low back pain ... since the spring of last year" in a February note
is about ten months of pain, but only "since last spring" was read, so the facet-injection
request's three months of pain were called missing. "Since fall 2024" is read the same way; a
winter of a year (which straddles two years) still gives no start. A season with no year is the
latest such season begun by the note since brief s68-e ("since the summer" in February: last
summer's middle; blind wave 72, JP/hya-01's "since the winter"), but not fall, which notes write
for a fall as often as for autumn."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_durations

from .test_judgement import _note, record, status

NOTE_DAY = dt.date(2026, 2, 12)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("axial back pain since the spring of last year, worse standing", 317),
        ("neck pain since fall 2024 despite PT", 499),
        ("knee pain since autumn of 2025", 134),
        ("pain since the summer", 226),
    ],
)
def test_a_season_of_a_named_year_starts_the_symptom(text: str, days: int) -> None:
    assert [d.days for d in find_durations(text, NOTE_DAY)] == [days]


@pytest.mark.parametrize("text", ["pain since the fall", "pain since the winter of 2024"])
def test_a_fall_without_its_year_or_a_winter_of_a_year_gives_no_start(text: str) -> None:
    assert find_durations(text, NOTE_DAY) == []


def test_pain_since_a_season_of_last_year_meets_the_three_months() -> None:
    text = (
        "HPI: bilateral axial low back pain without radiation since the spring of last year, "
        "worse with extension. Exam: facet loading painful L4-S1."
    )
    bundle = record("64493", _note("n1", "2026-02-12", text), reason="M47.816")
    assert status(bundle, "IPN-005", as_of=dt.date(2026, 2, 20))["status"] == "met"
