"""A question answered "no" and closed by a comma, semicolon or dash denies the question's
subject, not what the writer goes on to say after it (blind wave 104, OI/occ-01: "FCE planned? -
no, proceed straight to work hardening per PT rec." read PT as denied, and that newest denied
mention took back the PT course "PT 10/27/25-1/8/26 (16 visits of 18 ...)" an older note told, so
OCC-002 found no acute therapy at all). A second denial after the answer still denies.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.question_prompts import answered_no_before, without_answers_no


def _flags(text: str, concept: str) -> list[bool]:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 2, 11))])
    return [f.asserted for f in found if f.concept == concept]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("FCE planned? - no, proceed straight to work hardening per PT rec.", "physical-therapy"),
        ("FCE planned? - no, proceed straight to work hardening per PT rec.", "work-therapy"),
        ("Injection? - no, continue home exercises learned in PT.", "physical-therapy"),
        ("Surgery needed? No; continue PT per plan.", "physical-therapy"),
        ("Injection? no - PT per ortho rec instead.", "physical-therapy"),
    ],
)
def test_what_follows_a_questions_no_answer_is_not_denied_by_it(text: str, concept: str) -> None:
    assert _flags(text, concept) and all(_flags(text, concept)), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("PT planned? - no, proceed straight to work hardening.", "physical-therapy"),
        ("Prior PT? no, HEP only.", "physical-therapy"),
        ("Injection? - no, no PT either.", "physical-therapy"),
        ("Injection? - no, never did PT.", "physical-therapy"),
        ("Injection? - no. Has not done PT.", "physical-therapy"),
        ("Work hardening? - no, not indicated.", "work-therapy"),
        ("FCE: no, proceed to work hardening per PT recommendation.", "physical-therapy"),
        ("No PT, proceed to work hardening.", "physical-therapy"),
    ],
)
def test_the_questions_own_subject_or_a_denial_of_its_own_stays_denied(
    text: str, concept: str
) -> None:
    assert not any(_flags(text, concept)), text


def test_the_answer_is_blanked_only_when_closed_before_the_target() -> None:
    text = "FCE planned? - no, proceed per PT rec."
    trigger = (text.index("no,"), text.index("no,") + 2)
    assert answered_no_before(text, trigger, text.index("PT"))
    assert not answered_no_before(text, trigger, text.index("no,"))
    assert without_answers_no(text, text.index("PT")) == text.replace("no,", "  ,")
    assert without_answers_no(text, text.index("no,")) == text
