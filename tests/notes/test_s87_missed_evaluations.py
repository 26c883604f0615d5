"""An evaluation the patient did not come to is none (missed_evaluations.py; noticed beside blind
wave 102, NZ/wheelchair-2)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _held(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n9", text, date(2026, 6, 30))])
    return any(f.asserted for f in found if f.concept == concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("OT clinic: pt no-show for seating/mobility evaluation. Letter sent to reschedule.",
         "wheelchair-evaluation"),
        ("OT seating and mobility evaluation - patient did not show. Will reschedule.",
         "wheelchair-evaluation"),
        ("Seating and mobility evaluation: pt no-show.", "wheelchair-evaluation"),
        ("SLP evaluation 3/2: pt no-show.", "slp-evaluation"),
    ],
)
def test_a_missed_evaluation_is_none(text: str, concept: str) -> None:
    assert not _held(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Seating and mobility evaluation completed 6/30 (no-showed 6/25).",
         "wheelchair-evaluation"),
        ("OT seating and mobility evaluation 6/30: pt seen, transfers mod A, recommends Group 3"
         " PWC.", "wheelchair-evaluation"),
        ("OT seating and mobility evaluation 6/30: transfers mod A, joystick safe; no-shows to PT"
         " last year.", "wheelchair-evaluation"),
    ],
)
def test_an_evaluation_held_still_counts(text: str, concept: str) -> None:
    assert _held(text, concept)
