"""Hearing loss in daily terms, as a parent or a spouse tells it (SLP-003; blind wave 58,
HJ/slp-03): "misses what people say in the car and at daycare", "asks 'what?' constantly",
"peers don't understand her". SLP-003 read lost conversations and lip-reading, not what is said
missed, others who cannot understand the patient, repetition asked for again and again, a
teacher not heard, listening failing in noise, nor ASHA's Functional Communication Measures
(levels 1-7, 7 functional), the words reviewers use. A gain, a level 7, a goal's level, a repair
strategy used well, a missed therapy session, or a parent's own confusion is none."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 8, 14)


def _limits(text: str) -> list[str]:
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [f.text for f in found if f.concept == "communication-limitation" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Grandma reports he misses what the teacher says at story time.",
        "Misses classroom instructions unless seated up front.",
        "Per mom: misses her name when called from the kitchen.",
        "Misses speech in noise and at the dinner table.",
        "Says 'huh?' after nearly every question.",
        "Classmates cannot understand him on the playground.",
        "Teachers cannot understand him at times, per mom.",
        "Her coworkers have trouble understanding her speech on the phone.",
        "Speech is hard for unfamiliar listeners to understand.",
        "Constantly asks family to repeat.",
        "Frequent requests for repetition at work.",
        "Doesn't hear the teacher when the class is noisy.",
        "Struggles in noise; avoids the cafeteria.",
        "FCM Spoken Language Comprehension: level 3.",
        "NOMS FCM spoken language expression 4/7.",
    ],
)
def test_hearing_loss_in_daily_terms_is_a_limit(text: str) -> None:
    assert _limits(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Peers understand her well now.",
        "Asks for repetition appropriately when needed.",
        "Missed speech therapy session 10/2 due to illness.",
        "Missed 2 sessions this month.",
        "Goal: FCM spoken language comprehension level 6 by discharge.",
        "FCM spoken language expression level 7.",
        "Mom does not understand the processor settings.",
        "No longer misses teacher instructions.",
        "He misses the bus most days.",
        "Hard to say whether gains will continue.",
        "Her sister has trouble understanding her math homework.",
    ],
)
def test_gains_goals_and_other_matters_are_none(text: str) -> None:
    assert not _limits(text), text
