"""Safe use of a wheelchair written in clinic shorthand (blind wave 49): a relative written
short ("Dtr", "Dau") who can push the chair is the caregiver LCD L33788 asks for, and vision or
cognition said "ok" was found adequate. A relative who cannot, or vision not ok, is neither."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _safe_operation(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 3, 4))])
    return any(f.concept == "safe-operation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Dtr stays with him and is able to push the chair.",
        "Dau will push him to meals.",
        "Exam: A&O x3, vision okay with readers, grip 4/5.",
        "Cognition ok for age, follows 3-step commands.",
    ],
)
def test_shorthand_safe_use_is_read(text: str) -> None:
    assert _safe_operation(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dtr works days and cannot push the chair.",
        "Vision not ok - macular degeneration, legally blind.",
    ],
)
def test_shorthand_without_safe_use_is_not(text: str) -> None:
    assert not _safe_operation(text)
