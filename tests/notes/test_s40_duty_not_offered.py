"""A duty the employer does not offer is no duty the worker is on (work_status.py): "light duty
not available" says the job has none, and a status written after it ("..., off work") is not
denied by that "not". A duty the worker holds, or a status denied in its own words, is read as
before."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _statuses(text: str) -> dict[str, bool]:
    """Each work status word -> whether it reads as the worker's status now."""
    found = find_findings([NoteInput("n1", text, dt.date(2026, 6, 1))])
    return {f.text.lower(): f.asserted for f in found if f.concept == "work-status"}


@pytest.mark.parametrize(
    "text",
    [
        "Job: forklift driver. Modified duty not available at his warehouse.",
        "Restricted duty unavailable per employer.",
        "Transitional duty is not an option at her plant.",
    ],
)
def test_a_duty_not_offered_is_not_held(text: str) -> None:
    statuses = _statuses(text)
    assert statuses and not any(statuses.values()), statuses


def test_a_status_after_a_duty_not_offered_is_held() -> None:
    assert _statuses("Modified duty not available, so off work since 5/2.")["off work"]


@pytest.mark.parametrize(
    ("text", "word", "held"),
    [
        ("Working modified duty since 5/2, lifting limit 20 lb.", "modified duty", True),
        ("Modified duty not available, not off work: PTO this week.", "off work", False),
    ],
)
def test_a_duty_held_or_a_status_denied_in_its_own_words(text: str, word: str, held: bool) -> None:
    assert _statuses(text)[word] is held
