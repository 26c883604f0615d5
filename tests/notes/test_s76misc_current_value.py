"""A BMI the note gives for an earlier time, then the visit's own (brief s76-misc, blind wave 87,
LT/bari-02: "BMI 36.2 last summer, today 34.9" read as a current 36.2, which met BAR-001's 35
with a comorbidity). The current value decides and is the note's day's (current_values.py);
BAR-001 asks for the BMI measured in the last 12 months, no highest one (NIH consensus, the
item's source), so a peak with today's beside it is today's.

Near misses keep their value: one value only, today's first and the earlier one after it, a
time or a weight after "now"/"today", a relief's change (its best response still counts).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings


def _bmis(text: str) -> list[tuple[float | None, date | None]]:
    found = find_findings([NoteInput("DocumentReference/c1", text, date(2026, 8, 5))])
    return [(f.value, f.when) for f in found if f.concept == "bmi" and f.asserted]


@pytest.mark.parametrize(
    ("text", "value"),
    [("BMI 36.2 last summer, today 34.9 (ht 5'9\", wt 236 lb).", 34.9),
     ("BMI 41 -> 39 today.", 39.0),
     ("Highest BMI 45, now 41.", 41.0),
     ("BMI was 38, now 36.", 36.0),
     ("BMI 44 at intake, 41 today.", 41.0),
     ("BMI 45 in 2024, currently 41.", 41.0),
     ("BMI 37.5 in 6/2025, today BMI 34.9.", 34.9),
     ("BMI 39.2 -> recheck today 40.0.", 40.0),
     ("Prior BMI 42, current BMI 38.", 38.0)],
)  # fmt: skip
def test_the_current_value_decides_and_is_the_notes(text: str, value: float) -> None:
    assert set(_bmis(text)) == {(value, None)}


@pytest.mark.parametrize(
    ("text", "value"),
    [("BMI 42 (today).", 42.0),
     ("BMI 38 today, was 41 last summer.", 38.0),
     ("BMI 40, now 6 weeks post-op.", 40.0),
     ("BMI 36, today's weight 236 lb.", 36.0),
     ("BMI 36.2, today wt 236 lb.", 36.2)],
)  # fmt: skip
def test_one_value_or_a_later_word_of_another_measure_keeps_the_first(
    text: str, value: float
) -> None:
    assert [v for v, _ in _bmis(text)] == [value]


def test_a_peak_alone_is_still_no_reading() -> None:
    assert _bmis("Peak BMI 45 in 2023.") == []


def test_a_relatives_value_stays_the_relatives() -> None:
    found = find_findings([NoteInput("DocumentReference/c1", "Mother's BMI 45, now 41.")])
    assert all(f.family for f in found if f.concept == "bmi")


def test_a_relief_is_not_turned_to_its_value_now() -> None:
    from smartapp.notes.current_values import CURRENT_DECIDES

    assert "block-relief" not in CURRENT_DECIDES
