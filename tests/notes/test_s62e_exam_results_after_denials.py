"""An exam result written after denied symptoms in one comma list is a finding of its own (blind
wave 62, HY/surgery-spine-03: "No bowel/bladder change, no saddle numbness, strength 5/5 all
groups, DTRs 1+ sym, SLR neg, sensation intact" read the whole neurological exam as denied).

medspaCy's "no" reaches across commas to the end of the sentence; a later clause that gives its
test a result of its own (a grade "5/5", "2+", or "intact", "neg", "symmetric") is the test done,
and a negative straight-leg raise is a result, not an absent test. A denial in the test's own
clause ("strength not tested", "no reflexes elicited"), or an item with no result of its own
("denies weakness, numbness"), stays denied.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _examined(text: str) -> set[str]:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 5, 1))])
    return {f.concept for f in found if f.category == "exam-findings" and f.asserted}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("No bowel/bladder change, no saddle numbness, strength 5/5 all groups.", "strength"),
        ("Denies saddle anesthesia, DTRs 1+ sym.", "reflexes"),
        ("No B/B sx, no saddle numbness, SLR neg bilat.", "straight-leg-raise"),
        ("no saddle paresthesia, sensation intact to LT L2-S1", "sensation"),
        ("Neuro: no clonus, reflexes 2+ and symmetric", "reflexes"),
        ("Exam - no atrophy, strength 4+/5 R EHL", "strength"),
        ("No bowel or bladder incontinence, straight leg raise negative", "straight-leg-raise"),
        ("No edema, motor strength: 5/5 throughout", "strength"),
        ("no focal deficit, sensation grossly intact", "sensation"),
    ],
)
def test_an_exam_result_after_denied_items_is_documented(text: str, concept: str) -> None:
    assert concept in _examined(text), text


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("No saddle numbness, strength not tested d/t pain.", "strength"),
        ("No reflexes elicited at the ankles.", "reflexes"),
        ("Denies weakness, numbness, sensation changes.", "sensation"),
        ("No saddle numbness, SLR deferred.", "straight-leg-raise"),
    ],
)
def test_a_denial_in_its_own_clause_or_no_result_stays_denied(text: str, concept: str) -> None:
    assert concept not in _examined(text), text
