"""Care begun in a part of a year and going on ("Has done PT and meds since late 2024", "naproxen
since mid-2025") runs from that part's latest day to the note, as "since 2024" runs from the
year and "since late May" from May's last day: the part before the year hid the start, so the
care was 1 January of that year alone, outside the window (blind wave 28, CW/tsa-02: "Has done
PT and meds since late 2024" in January 2026 was no care at all). Read at the part's latest day
(early: 30 April, mid: 31 August, late: 31 December), so that "since late 2025" in February is
seven weeks, not the whole of 2025. A month with its year ("since late May 2025") is its part's
day as the month without a year already was."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_dates, find_durations

from .test_judgement import _note, record, status

_NOTE_DAY = dt.date(2026, 2, 20)


def _shoulder_care(text: str) -> str:
    """TSA-002 (84 days of care in 365) as of 2026-03-01, one note of 2/20."""
    note = _note("n1", _NOTE_DAY.isoformat(), "L shoulder OA. " + text)
    return status(record("23472", note, reason="M19.012"), "TSA-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Has done PT and meds since late 2024.",
        "On naproxen 500 BID since mid-2025, no better.",
        "HEP and PT since early 2025 without relief.",
    ],
)
def test_care_since_a_part_of_a_year_runs_to_the_note(text: str) -> None:
    assert _shoulder_care(text) == "met"


@pytest.mark.parametrize(
    "text", ["PT since late 2025, no better.", "Started naproxen in late 2025 - no help."]
)
def test_care_since_late_last_year_is_weeks_not_the_year(text: str) -> None:
    assert _shoulder_care(text) == "partial"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("PT since late 2024", [416]),
        ("naproxen since mid-2025", [173]),
        ("PT since early 2025", [296]),
        ("started in late 2025", [51]),
        ("since 2025", [415]),
        ("Pain from a fall in late 2024", []),  # the fall's time, no start of anything
    ],
)
def test_how_long_since_a_part_of_a_year(text: str, days: list[int]) -> None:
    assert [d.days for d in find_durations(text, _NOTE_DAY)] == days


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("PT since late 2024", dt.date(2024, 12, 31)),
        ("PT since late May 2025", dt.date(2025, 5, 31)),
        ("started in mid 2025", dt.date(2025, 8, 31)),
        ("since early 2026", _NOTE_DAY),  # written in that part: the note's day at the latest
        ("finished PT late 2024", dt.date(2024, 1, 1)),  # an end is not moved later
        ("PT late May 2025", dt.date(2025, 5, 1)),
    ],
)
def test_the_day_a_start_in_a_part_of_a_year_is_read_as(text: str, when: dt.date) -> None:
    assert [m.when for m in find_dates(text, _NOTE_DAY)] == [when]
