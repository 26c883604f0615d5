"""A BMI or weight the sentence itself dates to an earlier time takes that date (brief s73-d,
blind wave 84, LK/bar-02): "Vitals: 5'6\\", 216 lb (down from 225 in March '25 when BMI was
36.1)." read the 36.1 as a BMI of March 2026 ("in March" taken without its "'25", and the
"'25" set aside as the earlier weight's), so BAR-001 found a qualifying BMI where today's is
34.9. The BMI written inside the earlier value's words is that value; the weight and height
before them are the visit's. A BMI named as another time's ("peak BMI 44") is no reading."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.body_size import readings
from smartapp.notes.written_dates import find_dates

_VISIT = dt.date(2026, 6, 1)


def _bmis(text: str) -> list[tuple[float | None, dt.date | None]]:
    found = find_findings([NoteInput("DocumentReference/b1", text, _VISIT)])
    return [(f.value, f.when) for f in found if f.concept == "bmi" and f.asserted]


def _weighed(text: str) -> set[tuple[str, dt.date | None]]:
    return {(reading.what, reading.day) for reading in readings(text, _VISIT)}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("in March '25", dt.date(2025, 3, 1)),
        ("in March\u201925", dt.date(2025, 3, 1)),
        ("during Jan '24", dt.date(2024, 1, 1)),
        ("in January of 2025", dt.date(2025, 1, 1)),
    ],
)
def test_a_month_with_a_cut_year_is_that_year_s_alone(text: str, day: dt.date) -> None:
    assert [m.when for m in find_dates(text, _VISIT)] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Vitals: 5'6\", 216 lb (down from 225 in March '25 when BMI was 36.1).", "2025-03-01"),
        ("Wt 216 lb, Ht 5'6\" (down from 240 lb in 1/2025 when BMI was 38.7).", "2025-01-01"),
        ("216 lb (was 240 lb with BMI 38.7 in Dec 2024).", "2024-12-01"),
        ("216 lb today (previously BMI 38 in 2024).", "2024-01-01"),
        ("BMI was 36.1 in March '25.", "2025-03-01"),
        ("BMI 36.1 in January of 2025.", "2025-01-01"),
    ],
)
def test_a_bmi_in_the_earlier_value_s_words_takes_their_date(text: str, day: str) -> None:
    assert [when for _, when in _bmis(text)] == [dt.date.fromisoformat(day)]


@pytest.mark.parametrize(
    "text",
    [
        "BMI 41.2 today (was 43 in 2024)",
        "BMI 36.1, down from 38 in March '25",
        "BMI 37.2, was 39 in 2024.",
        "BMI 38 (peak 44 in 2020).",
        "Wt 260 lb, Ht 5'8\", BMI 39.5 (peak 44 in 2021).",
        "Wt 260 lb (BMI 39.5), down from 280 lb in 3/2025.",
        "BMI 39.5 (down from 42 at intake in 2024).",
    ],
)
def test_the_earlier_value_s_date_does_not_date_today_s_bmi(text: str) -> None:
    dates = [when for _, when in _bmis(text)]
    assert dates and all(when in (None, _VISIT) for when in dates), dates


@pytest.mark.parametrize(
    "text",
    [
        "Peak BMI 44.",
        "Max BMI 45 (2019).",
        "Highest BMI 41, now much improved.",
        "Starting BMI 40.2 at program entry.",
        "Previous BMI 39.",
    ],
)
def test_a_bmi_named_as_another_time_s_is_no_reading(text: str) -> None:
    assert _bmis(text) == []


@pytest.mark.parametrize("text", ["Pre-op BMI 42.3.", "BMI 41 (peak 44)", "Current BMI 37.6."])
def test_today_s_bmi_stays_a_reading(text: str) -> None:
    assert _bmis(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vitals: 5'6\", 216 lb (down from 225 in March '25 when BMI was 36.1).",
        "Vitals: Wt 260 lb, Ht 5'8\" (peak BMI 44 in 2023).",
        "Wt 260 lb (was 280 lb in 2024), Ht 5'8\".",
        "Ht 5'8\" Wt 260 lb (peak 300 lb in 2020).",
        "Ht 5'8\" Wt 260 lb. Max weight 300 lb in 2020.",
        "Ht 5'8\" Wt 260 lb. Peak weight 300 lb.",
    ],
)
def test_today_s_weight_and_height_beside_an_earlier_one_are_today_s(text: str) -> None:
    assert _weighed(text) == {("weight", _VISIT), ("height", _VISIT)}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Wt 225 lb, Ht 5'6\" in March '25.", "2025-03-01"),
        ("Wt 240 lb, ht 5'6\" on 1/14/2025 (BMI 38.7).", "2025-01-14"),
    ],
)
def test_a_weighing_its_sentence_dates_keeps_that_date(text: str, day: str) -> None:
    assert _weighed(text) == {
        ("weight", dt.date.fromisoformat(day)),
        ("height", dt.date.fromisoformat(day)),
    }


@pytest.mark.parametrize(
    "text", ["Wt 130 kg 1 yr ago.", "Wt 130 kg 18 months ago.", "Weight 130 kg (2024)."]
)
def test_a_weight_said_to_be_from_before_is_still_left_out(text: str) -> None:
    assert ("weight", _VISIT) not in _weighed(text)
