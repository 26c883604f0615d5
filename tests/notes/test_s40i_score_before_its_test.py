"""A score written first, its test named after it in brackets (blind wave 43, FF/slp-03).

"Dysarthria, intelligibility 68% sentence level (SIT)" on an SLP re-evaluation is the Sentence
Intelligibility Test's result, as "SIT 68%" would be; SLP-002 called the standardized results
missing. A goal's target ("Goal: intelligibility 90% ...") names no test and stays none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _found(text: str, concept: str) -> bool:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 6, 2))]
    return any(f.concept == concept and not f.negated for f in find_findings(notes))


@pytest.mark.parametrize(
    "text",
    [
        "Re-eval: intelligibility 74% at sentence level (SIT).",
        "Word recognition 52% in quiet (CNC), aided.",
        "Sentence Intelligibility Test: 61% with unfamiliar listener.",
    ],
)
def test_a_score_with_its_test_in_brackets_is_a_result(text: str) -> None:
    assert _found(text, "standardized-scores")


def test_a_goal_s_target_names_no_test() -> None:
    assert not _found("Goal: intelligibility 90% at sentence level.", "standardized-scores")
