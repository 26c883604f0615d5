"""A form's "Why not <device>:" prompt does not deny its answer (blind wave 41, EZ/whc-03): in
"Why not cane/walker: uses rollator now - insufficient (distance/desaturation)" the "not" is the
question's, so the walker that failed is a finding (NCD 280.3: each cheaper device ruled out in
turn). Read so for a regex target (the walker's failure) and a phrase target ConText negates
("falls"); a denial in the answer still denies, and the device the question only names stays
unread as used."""

from __future__ import annotations

import datetime as dt

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.question_prompts import answered_prompt, without_answered_prompts


def _found(text: str) -> list:
    return find_findings([NoteInput("DocumentReference/q1", text, dt.date(2026, 5, 4))])


def _asserted(text: str, concept: str) -> bool:
    return any(f.concept == concept and f.asserted for f in _found(text))


def test_the_answer_to_why_not_is_not_denied() -> None:
    text = "Why not a rollator: falls even with the rollator."
    assert _asserted(text, "cane-walker-insufficient")
    assert _asserted(text, "walking-limitation")


def test_a_denial_in_the_answer_still_denies() -> None:
    text = "Why not a walker: no falls with the walker, walker is adequate."
    assert not _asserted(text, "cane-walker-insufficient")


def test_a_why_question_s_own_words_are_only_blanked_before_its_answer() -> None:
    text = "Why not quad cane: unsafe with the cane."
    colon = text.index(":") + 1
    assert answered_prompt(text, (4, 7), len(text))
    assert not answered_prompt(text, (4, 7), colon - 2)  # a target inside the question
    assert without_answered_prompts(text, len(text))[:colon].strip() == ""
    assert without_answered_prompts(text, colon - 2) == text
