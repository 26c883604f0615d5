"""Safe use of a wheelchair in the exam's own words (brief s76-conserv, blind wave 87,
LU/wheelchair-02: "UE strength 5/5, alert, oriented." for a manual chair, labelled able).

LCD L33788 asks the physical and mental capability to use the chair safely: full arm strength
and a patient alert and oriented are what an exam writes for it. Near misses: weaker arms or a
weak part of the arm, orientation in part, confusion, a denial, vision loss, a caregiver unable."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _safe_operation(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 7, 8))])
    return any(f.concept == "safe-operation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "O: bilat genu varum, crepitus, ROM 5-95. UE strength 5/5, alert, oriented.",
        "Exam: A&O x3.",
        "Neuro: AAOx4, follows commands.",
        "Alert and oriented x3.",
        "Bilat UE 5/5.",
        "Strength 5/5 in bilateral upper extremities.",
        "Motor: strength 5/5 throughout.",
    ],
)
def test_arm_strength_and_orientation_are_safe_use(text: str) -> None:
    assert _safe_operation(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Alert, oriented x1, confused.",
        "Alert but confused, oriented to self only.",
        "A&O x2.",
        "UE 3-/5 proximal.",
        "UE 5/5 proximal, grip 2/5.",
        "Pt is not alert and oriented.",
        "Alert and oriented to person only.",
        "RUE 5/5, LUE 2/5 (dense hemiplegia).",
        "Vision: legally blind; husband unable to push the chair.",
        "Unsafe to operate a power chair: moderate dementia.",
    ],
)
def test_weak_arms_partial_orientation_or_impairment_is_not(text: str) -> None:
    assert not _safe_operation(text), text
