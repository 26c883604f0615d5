"""A template's question answered by what the examiner did not see denies its target:
"Unsteadiness? not observed today" is no deficit (blind wave 53, a walker asked for "just in
case" beside a normal gait). "Not assessed" leaves the field empty (test_s41n_fields_left_empty);
a question answered yes, or a "not seen" that turns to what did happen, still states it."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 3, 9))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: refill meds. Unsteadiness? not observed today.",
        "Gait instability: not seen on exam.",
        "Unsteady gait? not appreciated at this visit.",
    ],
)
def test_a_question_answered_not_seen_is_no_deficit(text: str) -> None:
    assert not _asserted(text, "walking-limitation")


@pytest.mark.parametrize(
    "text",
    [
        "Unsteadiness? yes, veers left on turns.",
        "Unsteadiness? not observed today - but wife reports two falls since May.",
    ],
)
def test_a_question_answered_otherwise_still_states_it(text: str) -> None:
    assert _asserted(text, "walking-limitation")
