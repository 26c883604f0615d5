"""A screen's question answered no finds no fall (blind wave 89, MB/wlk-03).

An Annual Wellness Visit's "Fall risk screen: 'Have you fallen in past year?' - No." beside a
TUG of 9.1 s, a normal gait and a negative STEADI screen gave "fall risk" (and the question's
"fallen") as the walker's mobility limitation: a gap called met. The field answered by its own
question's "No" is answered no; a question answered yes keeps its fall.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> list[str]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 10, 30))]
    return [
        f.text
        for f in find_findings(notes)
        if f.category == "functional-deficits"
        and not (f.negated or f.family or f.hypothetical or f.speculative or f.normal)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fall risk screen: 'Have you fallen in past year?' - No.",
        "Annual wellness. Fall risk screen: 'Have you fallen in past year?' - No. Pt worried "
        "because his father broke hip after falls; wants walker 'just in case'.",
        "Have you fallen in the past year? No.",
        "Fall risk screen: \u201cHave you fallen in the last 12 months?\u201d No",
        "Any falls in past 6 months? no",
        "Has he had any falls? N.",
    ],
)
def test_a_screen_question_answered_no_is_no_fall(text: str) -> None:
    assert _limits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Fall risk screen: 'Have you fallen in past year?' - Yes, twice.",
        "Have you fallen in the past year? Yes, twice.",
        "Pt asked: 'Have you fallen since last visit?' - yes, on stairs 9/2.",
        "Did you fall in the last 12 months? Yes - 2 falls.",
        "Fall risk screen: high.",
        "Fall risk assessment: Morse 55, high risk.",
    ],
)
def test_a_screen_question_answered_yes_keeps_its_fall(text: str) -> None:
    assert _limits(text)
