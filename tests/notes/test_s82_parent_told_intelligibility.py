"""A parent's account of a child's intelligibility is the child's deficit (brief s82-function).

"Mother reports her speech is unclear to strangers" in a child's speech-language evaluation was
not read: the vocabulary (targets.yaml, communication-limitation) had "50% intelligible to
unfamiliar listeners" and "strangers understand about half", not speech called unclear, a share
"understood by strangers", or the listeners who do not understand with the verb left out after
"but". Near misses: speech that is clear, understood by strangers with no share or 90% and over,
a goal's target, and a relative's own speech ("Mother's speech is slurred since her stroke").
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

GIRL = ("female", dt.date(2022, 3, 10))


def _limits(text: str) -> list:
    sex, born = GIRL
    note = NoteInput("DocumentReference/s1", text, dt.date(2026, 5, 29), "", sex, born)
    return [f for f in find_findings([note]) if f.concept == "communication-limitation"]


@pytest.mark.parametrize(
    "text",
    [
        "Mother reports her speech is unclear to strangers.",
        "Mom reports she is understood by strangers ~50% of the time.",
        "Family understands her but teachers don't.",
        "Parents understand her, but not strangers.",
        "Understood by unfamiliar listeners about half the time per mom.",
        "Dad says her speech is often hard to understand.",
        "Per mother, speech is unclear to teachers and peers.",
        "Mother: her speech is garbled when she is excited.",
    ],
)
def test_a_parent_s_account_of_intelligibility_is_the_child_s_limit(text: str) -> None:
    found = _limits(text)
    assert found and any(f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mother reports her speech is clear.",
        "Mother reports she is understood by strangers.",
        "Understood by strangers 95% of the time.",
        "Family and teachers understand her.",
        "Goal: understood by strangers 80% of the time.",
        "LTG: pt will be understood by unfamiliar listeners 80% of the time.",
        "Mother's speech is slurred since her stroke.",
    ],
)
def test_clear_speech_a_goal_or_the_parent_s_own_is_no_limit(text: str) -> None:
    assert not any(f.asserted for f in _limits(text))
