"""A weight and height a sentence calls today's are the visit's, though the same line dates a
history (blind wave 46, FQ/bariatric-01): "... Weight Watchers 2019, 2022, phentermine 2021 x 3
mo ... Today Ht 5'5\\", Wt 262 lb." left the readings undated (three dates on the line), so no
BMI was worked out. A sentence that dates its readings itself is not made today's."""

from __future__ import annotations

import datetime as dt

from smartapp.notes.body_size import UNCLEAR, readings

_VISIT = dt.date(2026, 4, 6)


def _days(text: str) -> set[dt.date | None]:
    return {reading.day for reading in readings(text, _VISIT)}


def test_readings_a_sentence_calls_todays_take_the_visits_day():
    text = "Tried Noom 2020 and Optifast 2023 with regain; today Wt 251 lb, Ht 5'6\"."
    assert _days(text) == {_VISIT}
    text = "Diet attempts 2018, 2021, 2024 (all regained). At this visit Ht 170 cm, Wt 120 kg."
    assert _days(text) == {_VISIT}


def test_a_sentence_that_dates_its_readings_is_not_made_todays():
    assert _VISIT not in _days("Labs 2/2/26. Today's note: Wt 120 kg on 3/1/26, Ht 170 cm.")


def test_readings_on_a_line_of_several_dates_without_today_stay_undated():
    assert _days("Noom 2020, Optifast 2023; Wt 120 kg, Ht 170 cm.") == {UNCLEAR}
