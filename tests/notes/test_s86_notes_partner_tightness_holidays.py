"""Three readings of blind wave 101 (brief s86-notes).

- A bed partner's account after a spaced dash that ends the patient's summary ("S: 63M HFrEF
  (EF 30%) - bed partner: loud snoring, pauses, gasping": NX/sleep-03) is the patient's symptom,
  as "Bed partner: loud snoring" opening the statement already was (relative_speaker.py). The
  partner's own snoring and a family history's entry stay the family's.
- An interval note's chest tightness without the word chest ("Still gets tightness up the hill
  behind his house": NV/cardiac-02) is a cardiac symptom; a calf's or hamstring's tightness, a
  denied or gone one, and a relative's are not.
- An onset dated by a holiday ("since over the holidays (Xmas week)": NY/lmri-03) is read from
  the holiday's latest day by the note (holiday_onsets.py); "worse over the holidays" is no onset.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.holiday_onsets import holiday_day
from smartapp.notes.since_dates import start_durations


def _findings(text: str, concept: str, day: dt.date = dt.date(2026, 7, 29)) -> list:
    found = find_findings([NoteInput("DocumentReference/r1", text, day)])
    return [f for f in found if f.concept == concept]


def _counts(text: str, concept: str) -> bool:
    found = _findings(text, concept)
    return any(f.asserted and not f.family for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "S: 63M HFrEF (EF 30%) - bed partner: loud snoring, pauses, gasping; ESS 11.",
        "63M - wife: loud snoring, witnessed pauses.",
        "HPI: 55F \u2013 husband: loud snoring and gasping at night.",
        "Bed partner: loud snoring, pauses, gasping.",
    ],
)
def test_a_bed_partner_s_account_after_a_dash_is_the_patient_s(text: str) -> None:
    assert _counts(text, "sleep-symptom")


@pytest.mark.parametrize(
    "text",
    [
        "63M - wife snores loudly.",
        "FHx - father: loud snoring, OSA.",
        "Family history - mother: loud snoring.",
    ],
)
def test_the_partner_s_own_snoring_and_a_family_history_stay_the_family_s(text: str) -> None:
    assert not _counts(text, "sleep-symptom")


@pytest.mark.parametrize(
    "text",
    [
        "Interval: no change since 6/2/26. Still gets tightness up the hill behind his house.",
        "Gets tightness walking up stairs.",
        "Has pressure with exertion, relieved by rest.",
        "Still gets tightness on exertion.",
    ],
)
def test_exertional_tightness_without_the_word_chest_is_a_cardiac_symptom(text: str) -> None:
    assert _counts(text, "cardiac-symptom")


@pytest.mark.parametrize(
    "text",
    [
        "Gets calf tightness up the hill.",
        "Gets tightness in his calves up the hill.",
        "Hamstring tightness with exercise.",
        "Denies tightness with exertion.",
        "No longer gets tightness up the hill.",
        "Father gets tightness up the hill.",
    ],
)
def test_another_body_part_s_or_a_denied_tightness_is_none(text: str) -> None:
    assert not _counts(text, "cardiac-symptom")


_JAN6 = dt.date(2026, 1, 6)


@pytest.mark.parametrize(
    ("text", "note_date", "days"),
    [
        ("back + L buttock/leg pain since over the holidays (Xmas week).", _JAN6, 5),
        ("LBP since the holidays.", dt.date(2026, 2, 27), 57),
        ("LBP since Christmas.", _JAN6, 12),
        ("pain since xmas 2024.", _JAN6, 377),
        ("Back pain began around New Year's.", dt.date(2026, 2, 27), 57),
        ("Leg pain started over Thanksgiving.", _JAN6, 40),  # 11/27/2025
        ("Knee pain since the 4th of July.", _JAN6, 186),
    ],
)
def test_a_holiday_dates_an_onset(text: str, note_date: dt.date, days: int) -> None:
    assert days in [d for _s, _e, d, dated in start_durations(text, note_date) if dated]


@pytest.mark.parametrize(
    "text",
    [
        "LBP worse over the holidays.",
        "Flare at Christmas, better now.",
        "PT resumes after New Year's.",
    ],
)
def test_a_holiday_that_times_no_onset_is_no_duration(text: str) -> None:
    assert not start_durations(text, _JAN6)


def test_a_holiday_is_its_latest_day_by_the_note() -> None:
    assert holiday_day("thanksgiving", dt.date(2025, 12, 1)) == dt.date(2025, 11, 27)
    assert holiday_day("thanksgiving", dt.date(2025, 11, 1)) == dt.date(2024, 11, 28)
    assert holiday_day("christmas", dt.date(2025, 12, 20)) == dt.date(2024, 12, 25)
    # The winter holidays: the latest of them by the note.
    assert holiday_day("winter", dt.date(2025, 12, 28)) == dt.date(2025, 12, 25)
    assert holiday_day("winter", dt.date(2025, 12, 10)) == dt.date(2025, 11, 27)
