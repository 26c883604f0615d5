"""Care written as begun one year and stopped another ran from one to the other (blind wave 26,
CR/tka-02): "Nonop R knee: PT with the L knee 2024 (10 wks), naproxen since 2022 (stopped 2025 -
GI upset), CSI R knee 1/2024, 6/2024, 3/2025", for a knee arthroplasty asked 2026-03-06. Only
"2022-2025" was read as a range of years, so the naproxen took no span and TKA-002 found 0 days;
the reviewer: 'naproxen 2022-2025'. "since 2022 (stopped 2025)", "started 2021, d/c'd 2024" are
that range; a year stopped with no start word before the first, or other words between, is not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.checklists.care_dates import year_range

from .test_judgement import one_note_record, status

_DAY = dt.date(2026, 3, 3)


@pytest.mark.parametrize(
    ("words", "first", "last"),
    [
        ("naproxen since 2022 (stopped 2025 - GI upset), ", 2022, 2025),
        ("meloxicam started 2021, d/c'd 2024 ", 2021, 2024),
        ("celecoxib from 2023; discontinued in 2025", 2023, 2025),
        ("naproxen since 2023, then stopped 2025", 2023, 2025),
    ],
)
def test_a_start_and_the_year_stopped_are_a_range(words: str, first: int, last: int) -> None:
    assert year_range(None, words, _DAY) == (
        dt.date(first, 1, 1),
        dt.date(last, 12, 31),
    )


@pytest.mark.parametrize(
    "words",
    [
        "naproxen 2022 (stopped 2025 - GI upset)",  # no start word: a year and a stop
        "naproxen since 2022 (knee pain stopped her bowling 2025)",
        "naproxen since 2022, PT 2025",
    ],
)
def test_what_is_no_such_range(words: str) -> None:
    assert year_range(None, words, _DAY) is None


def _tka(history: str) -> str:
    """TKA-002 (84 days of care in 365) for a right TKA asked 2026-03-06."""
    text = f"R knee OA, pain 8/10.\n{history}\nA/P: R knee end-stage OA. Plan R TKA 27447."
    bundle = one_note_record("27447", "2026-03-03", text, reason="M17.11", ordered_that_day=True)
    return status(bundle, "TKA-002", as_of=dt.date(2026, 3, 6))["status"]


def test_a_drug_begun_and_stopped_years_apart_is_the_care_tried() -> None:
    history = "Nonop R knee: PT 2024 (10 wks), naproxen since 2022 ({stop}), CSI R knee 1/2024."
    assert _tka(history.format(stop="stopped 2025 - GI upset")) == "met"
    # Stopped before the window: nothing inside the last 12 months.
    assert _tka(history.format(stop="stopped 2023 - GI upset")) != "met"
