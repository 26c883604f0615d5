"""A reading is not dated by another clause's onset, found by blind wave 69 (JB/bariatric-02):
"44M, BMI 35 (98 kg, 167 cm), T2DM poorly controlled, OSA on CPAP since 2023, HTN." dated the
BMI 2023, the year the sleep apnoea's treatment began, so BAR-001 found no BMI in the last 12
months. "since <date>" tells when another clause's state began and has lasted to now; it is
no day the measurement was taken. A date in the reading's own clause still dates it."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

NOTE_DAY = dt.date(2026, 7, 8)


def _bmi_dates(text: str) -> list[dt.date | None]:
    notes = [NoteInput("DocumentReference/b1", text, NOTE_DAY)]
    return [f.when for f in find_findings(notes) if f.concept == "bmi" and f.value is not None]


@pytest.mark.parametrize(
    "text",
    [
        "44M, BMI 35 (98 kg, 167 cm), T2DM poorly controlled, OSA on CPAP since 2023, HTN.",
        "BMI 41.2, DM2 since 2019 on metformin.",
        "Wt 120 kg, BMI 42, HTN since 2015, GERD.",
        "38F with BMI 37.5, knee OA, OSA since 3/2024.",
        "A/P: BMI 36, HTN on lisinopril since 2018.",
        "bmi 39.8 , T2DM dx since 01/2020",
    ],
)
def test_another_clauses_onset_does_not_date_the_reading(text: str) -> None:
    dates = _bmi_dates(text)
    assert dates and all(d in (None, NOTE_DAY) for d in dates), dates


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("BMI 44 (3/2025), DM since 2019.", dt.date(2025, 3, 1)),
        ("BMI 38.5 on 3/2/2025, HTN since 2015.", dt.date(2025, 3, 2)),
    ],
)
def test_a_date_in_the_readings_own_clause_still_dates_it(text: str, day: dt.date) -> None:
    assert day in _bmi_dates(text), _bmi_dates(text)
