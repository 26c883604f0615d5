"""Care written as a span from a date to now ("naproxen 2024-present") runs from that date to the
note, as "since 2024" does (blind wave 43, FE/hyaluronan-knee-02: "Prior: PT 2024 x 10 wks;
naproxen 2024-present" under an A/P heading gave the naproxen no date at all, since a year before
a hyphen may open an ISO day, and read it as planned; the reviewer: "naproxen since 2024").

A year before a hyphen that opens a day ("2024-03-01") or a range of years ("2024-2025") reads
as before, and "present" that follows no date ("present to ED if worse") is no span.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_dates, find_durations

from .test_judgement import _note, record, status

_DAY = dt.date(2026, 4, 14)


def _knee_ha(text: str) -> str:
    """HYA-002 (84 days of care in 365) for a hyaluronan series, as of 2026-04-20."""
    bundle = record("J7323", _note("n1", "2026-04-14", text), reason="M17.12")
    return status(bundle, "HYA-002", as_of=dt.date(2026, 4, 20))["status"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("meloxicam 2023-present", dt.date(2023, 1, 1)),
        ("meloxicam 2023 - present", dt.date(2023, 1, 1)),
        ("meloxicam 2023 to present", dt.date(2023, 1, 1)),
        ("meloxicam 6/2024-now", dt.date(2024, 6, 1)),
        ("meloxicam Oct 2024 \u2013 current", dt.date(2024, 10, 1)),
    ],
)
def test_a_span_to_now_starts_at_its_date_and_runs_to_the_note(text: str, start: dt.date) -> None:
    assert [m.when for m in find_dates(text, _DAY)] == [start]
    assert [d.days for d in find_durations(text, _DAY)] == [(_DAY - start).days]


def test_iso_days_and_ranges_of_years_read_as_before() -> None:
    assert [m.when for m in find_dates("XR 2024-03-01", _DAY)] == [dt.date(2024, 3, 1)]
    found = [m.when for m in find_dates("meloxicam 2023-2024", _DAY)]
    assert found == [dt.date(2023, 1, 1), dt.date(2024, 1, 1)]
    assert find_durations("meloxicam 2023-2024", _DAY) == []
    assert find_durations("Present to ED if worse; recheck to present results", _DAY) == []


def test_care_to_present_under_an_assessment_and_plan_was_had() -> None:
    said = "A/P: R knee OA.\nPrior: home exercise 2023 x 6 wks; meloxicam 2023-present.\nPlan: HA."
    assert _knee_ha(said) == "met"
