"""A BMI the note names as another time's after its value ("BMI was 36 at intake", "BMI 37
pre-program") or a BMI class range a Z68 code names ("BMI 36.0-36.9, adult") is no reading of
the note's day (brief s82-bmi, blind wave 97's class, NJ/surgery-bariatric-02). Near misses keep
the reading: today's value after the earlier one ("BMI 41 at intake, now 38.2"), a date after
the words (dated instead), a reading with a time of this visit ("at initial consult today")."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_VISIT = dt.date(2026, 9, 2)


def _bmis(text: str) -> list[tuple[float | None, dt.date | None]]:
    found = find_findings([NoteInput("DocumentReference/b1", text, _VISIT)])
    return [(f.value, f.when) for f in found if f.concept == "bmi" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "BMI was 36 at intake.",
        "BMI 36 at program start; 6-mo program done.",
        "BMI 36.2 before the program.",
        "BMI 37 pre-program, wt 97 kg now.",
        "BMI 38.4 at her initial visit.",
        "BMI of 41 at baseline.",
        "Z68.36 Body mass index [BMI] 36.0-36.9, adult",
        "Class 2 obesity, BMI 35-39.9 (Z68.35).",
        "Dx: E66.01, Z68.41 (BMI 40.0\u201344.9, adult).",
    ],
)
def test_no_reading_of_the_note_s_day(text: str) -> None:
    assert [when for _, when in _bmis(text) if when is None] == [], text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("BMI 41 at intake, now 38.2.", 38.2),
        ("BMI 38.2 at initial consult today.", 38.2),
        ("BMI 36.4 (Z68.36).", 36.4),
        ("BMI 41 (down from 44).", 41.0),
        ("BMI 35.2, program done.", 35.2),
    ],
)
def test_today_s_reading_is_kept(text: str, value: float) -> None:
    assert (value, None) in _bmis(text), text


def test_a_date_after_the_words_dates_the_reading() -> None:
    assert [when for _, when in _bmis("BMI 38 at intake 2/2024.")] == [dt.date(2024, 2, 1)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("BMI trend: 47.8 (4 mo ago) -> 46.9 (today)", 46.9),
        ("BMI 44 (6 months ago), now 41.2.", 41.2),
    ],
)
def test_a_trend_told_with_ago_turns_to_today_s_value(text: str, value: float) -> None:
    """The earlier value's "(4 mo ago)" stands between it and today's, as "(6/2025)" does."""
    assert [v for v, _ in _bmis(text)] == [value], text
