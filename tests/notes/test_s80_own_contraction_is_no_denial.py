"""A target's own "n't" is the limit it names, not its denial (brief s80-func): spaCy splits
"can't" into "ca" and "n't", and ConText read the "n't" inside the targets "can't lie flat" and
"can't work" as denying them, so "Chief complaint: can't lie flat" stated no positioning need
(NCD 280.7) and "Can't work since the injury" no work limitation ("cannot lie flat" was read
right). A denial before the target still denies it."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _found(text: str, concept: str) -> list:
    found = find_findings([NoteInput("DocumentReference/p1", text, dt.date(2026, 10, 12))])
    return [f for f in found if f.concept == concept]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Can't lie flat.", "positioning-need"),
        ("Chief complaint: can't lie flat", "positioning-need"),
        ("Can't work since the injury.", "work-limitation"),
    ],
)
def test_the_target_s_own_contraction_is_the_limit(text: str, concept: str) -> None:
    assert any(f.asserted for f in _found(text, concept)), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Denies that she can't lie flat.", "positioning-need"),
        ("Not true that he can't work - back at full duty.", "work-limitation"),
    ],
)
def test_a_denial_before_it_still_denies(text: str, concept: str) -> None:
    assert not any(f.asserted for f in _found(text, concept)), text
