"""Functional limits said by the task, by a helper, or as a gait that fails (brief s78-func).

"Can't put dishes away", "unable to reach the kitchen cabinets", "trouble doing her hair" are the
arm's reach at home; "Husband does her hair now" is the task done for the patient, and a limit
after it in the same statement is still the patient's (relative_helps.py; blind wave 43,
FF/tsa-02). "Pain w/ stairs, limps after 20 min walking": ConText's "pain w/" reaches across
the comma, but a limp or a forced stop is never an item of a trigger's list (clauses.py; blind
wave 90, MG/hyaluronan-03). Near misses stay unfound: the task done, another's chore, a
relative's own limit, a denial, a goal.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str) -> set[str]:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 3, 4))])
    return {f.concept for f in found if f.category == "functional-deficits" and f.asserted}


@pytest.mark.parametrize(
    "text",
    [
        "Husband does her hair now, can't put dishes away.",
        "Can't put dishes away.",
        "Unable to put dishes away in upper cabinets.",
        "Can't reach the kitchen cabinets.",
        "Cannot do her hair.",
        "Trouble doing her hair in the morning.",
        "Her husband has to do her hair.",
        "Daughter now washes his hair.",
    ],
)
def test_the_arms_task_is_a_reaching_limit(text: str) -> None:
    assert "reaching-limitation" in _asserted(text)


def test_a_limit_after_the_helper_is_the_patients() -> None:
    found = find_findings([NoteInput("DocumentReference/n1",
                                     "Husband does her hair now, can't put dishes away.",
                                     dt.date(2026, 3, 4))])  # fmt: skip
    dishes = [f for f in found if "dishes" in f.text]
    assert dishes and all(f.asserted for f in dishes)


@pytest.mark.parametrize(
    "text",
    [
        "She does her own hair.",
        "Husband does the dishes.",
        "Puts dishes away herself.",
        "No trouble doing her hair.",
        "Mother has RA, can't put dishes away.",  # the mother's
        "Mother can't do her hair (dementia).",
    ],
)
def test_the_task_done_or_anothers_is_no_limit(text: str) -> None:
    assert "reaching-limitation" not in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pain w/ stairs, limps after 20 min walking.",
        "Pain with stairs, limps after 20 minutes.",
        "Worse with walking, limping.",
        "Pain w/ standing, has to sit after 10 min.",
    ],
)
def test_a_limp_or_a_forced_stop_after_a_trigger_is_a_limit(text: str) -> None:
    assert _asserted(text) & {"walking-limitation", "activity-limitation", "standing-sitting"}


@pytest.mark.parametrize(
    "text",
    [
        "Pain with standing, walking.",
        "Pain w/ stairs, kneeling.",
        "Pain w/ stairs, no limp.",
        "No limp, no difficulty with stairs.",
        "Goal: walk 20 min without limp.",
    ],
)
def test_a_trigger_list_a_denial_or_a_goal_is_none(text: str) -> None:
    assert not _asserted(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Needs rail to stand.", "standing-sitting"),
        ("Needs rail/assist to stand.", "standing-sitting"),
        ("Needs assist to stand from chair.", "standing-sitting"),
        ("Requires min assist to stand.", "standing-sitting"),
        ("Unsafe to ambulate without AD.", "walking-limitation"),
        ("Not safe to walk w/o walker in the home.", "walking-limitation"),
    ],
)
def test_a_rail_or_a_hand_to_stand_and_a_walk_unsafe_without_a_device(
    text: str, concept: str
) -> None:
    assert concept in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Does not need rail to stand.",
        "No longer needs assist to stand.",
        "Wife needs assist to stand.",
        "Safe to ambulate without AD.",
        "Goal: safe to ambulate without AD.",
    ],
)
def test_the_same_denied_anothers_or_safe_is_none(text: str) -> None:
    assert not _asserted(text) & {"standing-sitting", "walking-limitation"}
