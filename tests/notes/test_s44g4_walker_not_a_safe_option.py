"""A walker or cane "not a safe option", or one the patient "cant" use in dictation with no
apostrophe, is one that does not resolve the limitation (NCD 280.3; phrasing grid s44, WHC-003).
A walker that is a safe option stays no such finding.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _insufficient(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/w1", text, dt.date(2026, 7, 1))])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "With her tremor the quad cane is not a safe option at home.",
        "has a rollator but cant steer it around the bed with the weak left side",
    ],
)
def test_not_a_safe_option_or_dictated_cant(text: str) -> None:
    assert _insufficient(text)


def test_a_walker_that_serves_is_no_failure() -> None:
    assert not _insufficient("Rollator is a safe option for household distances.")
