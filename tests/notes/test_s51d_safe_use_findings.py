"""Safe use of a wheelchair written as a clinician's finding (blind waves 55-56): the chair's own
safety skills called safe ("safe transfers", "safe with brakes"), and the arm strength named
together with the judgement it takes to self-propel. LCD L33788 asks for the physical and
mental capability to use the chair safely; transfers and brakes are what is checked for it.
Transfers called unsafe, or still to be taught, and strength denied are not that finding."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _safe_operation(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/s1", text, dt.date(2026, 2, 10))])
    return any(f.concept == "safe-operation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Exam: alert, arms 5/5, safe transfers bed to chair with slide board.",
        "Trial of clinic chair: safe with brakes and footrests, turned in the hallway.",
        "He has the arm strength and judgment to propel a lightweight chair at home.",
        "Pt has adequate UE strength/cognition to self-propel indoors.",
    ],
)
def test_safe_use_finding_is_read(text: str) -> None:
    assert _safe_operation(text)


@pytest.mark.parametrize(
    "text",
    [
        "Transfers remain unsafe; fell sliding off the commode.",
        "Not safe transfers without two-person assist.",
        "Refer to PT for safe transfer training before delivery.",
        "She does not have the strength to propel a chair.",
    ],
)
def test_without_safe_use_is_not(text: str) -> None:
    assert not _safe_operation(text)
