"""A weight and height a sentence gives under a vitals label are the visit's, though a history
earlier on their line dates itself (blind wave 75, JY/bar-02): "46M w/ T2DM ..., OSA on CPAP
since 2021, here for RYGB eval. Vitals: Ht 5'6\\", Wt 217 lb." dated both readings 2021, so no
BMI (35.0) was worked out for the consult. A vitals label that dates its readings itself, or a
label of another visit's vitals ("previous vitals"), is not made the visit's."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.body_size import UNCLEAR, readings

_VISIT = dt.date(2026, 4, 13)


def _days(text: str) -> set[dt.date | None]:
    return {reading.day for reading in readings(text, _VISIT)}


@pytest.mark.parametrize(
    "text",
    [
        "HPI: 46M w/ T2DM, OSA on CPAP since 2021, here for RYGB eval. Vitals: Ht 5'6\", "
        "Wt 217 lb. Has been in PCP program.",
        "Dx DM2 2018; HTN 2015. VS: Wt 98 kg, Ht 167 cm, BP 132/84.",
        "Lap band 2014, removed 2019. Vital signs - Ht 66 in, Wt 217 lbs.",
        "pt on cpap since 2021. vitals: wt 98.4 kg ht 1.67 m",
        "Hx: Noom 2020, Optifast 2023. O: Vitals: Ht 167 cm Wt 98 kg.",
        "Referred by PCP 1/2026. Vitals today: Ht 5 ft 6 in, Wt 217 lb.",
        "Phentermine 2024 x3 mo. Vitals- BP 128/80, HR 78, Wt 217#, Ht 5'6\".",
        "Sleep study 2022 AHI 34. Vitals reviewed: Ht 167.6 cm, Wt 98.4 kg.",
        "Tried WW 2019 and 2022 (regained); Vital Signs: 217 lb, 5'6\".",
    ],
)
def test_readings_under_a_vitals_label_take_the_visits_day(text: str) -> None:
    assert _days(text) == {_VISIT}


def test_a_vitals_label_that_dates_its_readings_is_not_made_todays() -> None:
    text = "CPAP since 2021. Vitals at PCP visit 3/1/2025: Wt 250 lb, Ht 66 in."
    assert _VISIT not in _days(text)
    assert _days("Vitals 3/1/2025: Wt 250 lb, Ht 5'6\".") == {dt.date(2025, 3, 1)}


def test_another_visits_vitals_are_not_made_todays() -> None:
    assert _VISIT not in _days("CPAP since 2021. Previous vitals: Wt 250 lb, Ht 5'6\".")
    assert _VISIT not in _days("Noom 2020, Optifast 2023. Prior VS: Wt 120 kg, Ht 170 cm.")


def test_a_history_before_unlabelled_readings_still_leaves_them_undated() -> None:
    assert _days("Noom 2020, Optifast 2023. Wt 120 kg, Ht 170 cm.") == {UNCLEAR}
