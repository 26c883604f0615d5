"""A weight and height followed on their line by a history that dates itself are the visit's
(blind wave 62, HZ/bar-03): "Wt 231 lb, Ht 5'6\\". Completed 6 monthly supervised visits w/ PCP
and RD (11/2025-4/2026), lost 6 lb." left both readings undated (two dates on the line), so no
BMI (37.3) was worked out. The dates of a later sentence tell what that sentence tells; a date
in the reading's own sentence, or before it on the line, still dates it."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.body_size import UNCLEAR, readings

_VISIT = dt.date(2026, 5, 20)


def _days(text: str) -> set[dt.date | None]:
    return {reading.day for reading in readings(text, _VISIT)}


@pytest.mark.parametrize(
    "text",
    [
        "S: 28F here for bariatric eval. Wt 231 lb, Ht 5'6\". Completed 6 monthly supervised "
        "visits w/ PCP and RD (11/2025-4/2026), lost 6 lb.",
        "Vitals: Ht 170 cm, Wt 120 kg. Tried Noom 2020 and Optifast 2023, regained.",
        "wt 262 lbs ht 5 ft 5 in; phentermine 1/2024-4/2024 w/o benefit, WW 2022.",
        "Ht 1.68 m, Wt 118 kg. Prior: keto 2021, Wegovy 3/2025-9/2025 stopped (cost).",
        "Weight: 231 lb. Height: 66 in. Diets since 2015; last attempt 2024-2025.",
        "O: Wt. 104.8 kg, Ht. 167.6 cm. Consult requested 1/2026, psych eval 5/1/2026.",
        "BP 118/74, wt 240 lb, ht 5'7\". Seen by RD 10/2025 and 12/2025.",
        "weighs 250 lbs, 5'4\" tall.  Lap band 2014, removed 2019.",
    ],
)
def test_readings_before_a_dated_history_take_the_visits_day(text: str) -> None:
    assert _days(text) == {_VISIT}


def test_a_date_in_the_readings_own_sentence_still_dates_them() -> None:
    day = dt.date(2026, 3, 1)
    assert _days("Wt 240 lb on 3/1/2026, Ht 5'6\". Lost 9 lb by 5/2026.") == {day}


def test_a_date_before_the_readings_on_their_line_still_dates_them() -> None:
    text = "3/1/26: Wt 240 lb, Ht 5'6\". 5/20/26 visit: reviewed diet log."
    assert _days(text) == {dt.date(2026, 3, 1)}


def test_a_history_before_the_readings_still_leaves_them_undated() -> None:
    assert _days("Noom 2020, Optifast 2023. Wt 120 kg, Ht 170 cm.") == {UNCLEAR}
