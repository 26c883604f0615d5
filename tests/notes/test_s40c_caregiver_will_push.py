"""A caregiver who will push the chair is one available, willing and able to (LCD L33788; blind
wave 41, EX/dme-wheelchair-02: "Daughter (lives with her) will propel; pt cannot self-propel").
Only the chair's own work: help with bathing or a drive to visits is other help, and a caregiver
who will not, or will be unable to, push undertakes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _safe_operation(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/c1", text, dt.date(2026, 2, 9))])
    return any(f.concept == "safe-operation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Husband (retired, at home all day) will push the chair; she cannot self-propel.",
        "Son will help push the wheelchair on outings.",
    ],
)
def test_a_caregiver_who_will_push_is_read(text: str) -> None:
    assert _safe_operation(text)


@pytest.mark.parametrize(
    "text",
    [
        "Son will assist with bathing on weekends.",
        "Daughter will drive her to appointments.",
        "Wife will not push the chair (back surgery).",
        "Husband will be unable to push it up the ramp.",
    ],
)
def test_other_help_or_a_refusal_is_not(text: str) -> None:
    assert not _safe_operation(text)
