"""A form field answered by its ticked box of a deed done ("Progress report: [X] Done  [ ]
Scheduled") states the deed: the boxes left empty beside the tick are answers not given, not a
plan. A measure to be taken "at the next therapy session" is still to come, as one "at next
visit" is.
"""

from __future__ import annotations

from datetime import date

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 6, 1)


def _flags(text: str, concept: str) -> list[tuple[bool, bool]]:
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [(f.negated, f.hypothetical) for f in found if f.concept == concept]


def test_a_field_ticked_done_states_the_deed() -> None:
    text = "Progress report: [X] Done 05/18/2026   [ ] Scheduled\nGoals reviewed."
    assert _flags(text, "re-evaluation") == [(False, False)]


def test_a_field_ticked_still_to_come_is_not_done() -> None:
    text = "Progress report: [ ] Done   [x] Scheduled"
    assert (False, False) not in _flags(text, "re-evaluation")


def test_a_measure_at_the_next_session_is_to_come() -> None:
    text = "Will have him fill out the Oswestry at the next therapy session."
    assert _flags(text, "functional-score")
    assert all(hyp for _neg, hyp in _flags(text, "functional-score"))
