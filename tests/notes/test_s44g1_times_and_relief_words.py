"""Symptom times and an injection's relief in the words notes use (the s44 phrasing grid).

- A form's field without its colon ("duration 3 mo") and "half year" are times.
- "Sx" and "lumbago" name a symptom, so a time beside them is the symptom's.
- "pain relief" is a relief as "relief" is, its percentage read with it.
- A relief that "wore off after about 10 days" held 10 days, as "lasted about 10 days" does."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_durations
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.relief_held import relief_held
from smartapp.notes.symptom_durations import SYMPTOM_WORDS

_DAY = dt.date(2026, 3, 2)


def _found(text: str, category: str) -> list:
    found = find_findings([NoteInput("DocumentReference/t1", text, _DAY)])
    return [f for f in found if f.category == category]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Neck pain, duration 3 mo, no arm sx.", 90),
        ("Lumbar ache for the past half year.", 182),
        ("Back pain for a half-year now.", 182),
    ],
)
def test_field_without_colon_and_half_year_are_times(text: str, days: int) -> None:
    assert [d.days for d in find_durations(text, _DAY)] == [days], text


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Sx duration: 9 wks", 63),
        ("Lumbago x 7 weeks, no better.", 49),
    ],
)
def test_sx_and_lumbago_are_symptoms(text: str, days: int) -> None:
    times = [(f.duration_days, f.asserted) for f in _found(text, "symptom-duration")]
    assert times == [(days, True)], text


def test_pain_relief_is_a_relief_with_its_percentage() -> None:
    relief = [f for f in _found("Prior caudal ESI - 60% PAIN RELIEF.", "measure")
              if f.concept == "block-relief"]  # fmt: skip
    assert [f.value for f in relief] == [60.0]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Prior ESI gave 80% relief that wore off after about 10 days.", 10),
        ("TFESI: good relief, but it faded within 3 weeks.", 21),
    ],
)
def test_a_relief_wearing_off_is_how_long_it_held(text: str, days: int) -> None:
    held = [d.days for d in find_durations(text, _DAY) if relief_held(text, d, SYMPTOM_WORDS)]
    assert held == [days], text
