"""A course taken for a share of a named year: "naproxen for most of 2025", "meloxicam all of
2024" (blind wave 52, GO/tka-03).

A knee replacement's history gave each piece of care its own time: "PT (Nov 2024-Jan 2025, 10
visits), ibuprofen 600 TID for most of 2025, 3 steroid injections (last 11/2025)". The year was
read as one day, 1 January, outside the 365-day window, and TKA-002 counted the last injection's
month alone. "Most of" a year is more than half of it; "all of" it is the year: months of care,
placed in that year as late as they can be. "Most of the time" names no year: how often, not
how long.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.durations import find_durations

from .test_judgement import _note, record, status


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("naproxen 500 BID for most of 2025", 183),
        ("meloxicam all of 2024", 365),
        ("home exercises throughout 2025", 365),
        ("celecoxib for the better part of 2025", 183),
    ],
)
def test_a_share_of_a_year_is_a_duration(text: str, days: int) -> None:
    assert [d.days for d in find_durations(text, date(2026, 3, 1))] == [days]


@pytest.mark.parametrize("text", ["takes naproxen most of the time", "since most of 2025/26"])
def test_no_share_of_a_named_year(text: str) -> None:
    assert find_durations(text, date(2026, 3, 1)) == []


def _knee(history: str) -> str:
    note = _note("n1", "2026-03-02", f"HPI: 68F L knee OA, KL 4. {history} A/P: L TKA.")
    bundle = record("27447", note, reason="M17.12", order={"authoredOn": "2026-03-03"})
    return status(bundle, "TKA-002", as_of=date(2026, 3, 3))["status"]


def test_most_of_last_year_is_months_of_care() -> None:
    history = (
        "Since 2024 she did PT (Sep-Oct 2024, 8 visits), naproxen 500 BID for most of 2025, 2"
        " cortisone shots (last 10/2025) - less relief each time."
    )
    assert _knee(history) == "met"


def test_a_bare_year_is_still_no_months_of_care() -> None:
    history = "Naproxen 500 BID 2025, cortisone shot 10/2025 - less relief."
    assert _knee(history) != "met"
