"""A drug stopped after N days, named between the verb and "after" ("Stopped meloxicam after 5
days in January (stomach upset)"), is an N-day course said stopped: wave 26 read "quit after 4
days" and "stopped it after 2 wks", not the drug's name in the middle, so the course was the
month's first day going on with no stop, and later PT joined it into one long episode (noticed
in wave 27's stop; the wave-18 case BJ/aim-03 was saved only by its coded order). Not "stopped
working after 2 weeks" (no course) nor a habit's years ("quit smoking after 20 yrs")."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.durations import find_durations

from .test_judgement import _note, record, status


def _lumbar_esi(text: str) -> str:
    """IPN-002 (28 days of care in 180) for a lumbar epidural injection, as of 2026-03-01."""
    return status(record("62323", _note("n1", "2026-02-25", text)), "IPN-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "L leg pain. Stopped meloxicam after 5 days in January (stomach upset). PT from 2/20.",
        "L leg pain. D/c'd naproxen after 1 week in Dec, GI upset. PT from 2/15, 2 visits.",
    ],
)
def test_a_drug_stopped_after_days_is_those_days(text: str) -> None:
    assert _lumbar_esi(text) != "met"


def test_a_trial_stopped_after_its_weeks_still_counts_them() -> None:
    assert _lumbar_esi("L leg pain. Stopped naproxen after 6 weeks - no relief.") == "met"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Stopped meloxicam after 5 days (stomach upset)", [5]),
        ("quit gabapentin after 2 wks - dizzy", [14]),
        ("Naproxen stopped working after 2 weeks", []),
        ("Quit smoking after 20 yrs", []),
        ("dizzy, quit after 4 days", [4]),
    ],
)
def test_how_long_a_stopped_drug_ran(text: str, days: list[int]) -> None:
    assert [d.days for d in find_durations(text, dt.date(2026, 3, 1))] == days
