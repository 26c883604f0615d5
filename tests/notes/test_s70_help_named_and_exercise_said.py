"""Help told by who gives it, and exercise ability said plainly (blind wave 78, read by the lead).

KK/hip-02: "Needs husband's help getting in/out of tub" was no activity limit because the
needs-help verbs took no helper's name; "husband helps her in and out of the shower" said the
same from the helper's side. KM/cardiac-imaging-02: "Walks without difficulty, no ortho limits.
Able to do treadmill." answers CARD-003 (whether the patient can exercise) but was unread. A
helper for the bills or a garden, a negated need, and walking "without difficulty" only with a
walker are none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _found(text: str, category: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/h1", text, dt.date(2026, 3, 5))])
    return any(
        f.category == category and f.concept == concept and f.asserted for f in found
    )


def _limit(text: str) -> bool:
    return _found(text, "functional-deficits", "activity-limitation")


def _exercise(text: str) -> bool:
    return _found(text, "clinical-notes", "exercise-ability")


@pytest.mark.parametrize(
    "text",
    [
        "Needs husband's help getting in/out of tub.",
        "needs her daughter's help to get out of the tub",
        "Requires his wife's help to get up from the couch.",
        "Husband helps her in and out of the shower.",
        "wife has to help him up the stairs",
        "Daughter helps pt in and out of the car for appointments.",
        "Son usually helps her up from the toilet.",
        "Caregiver assists him onto the commode at night.",
    ],
)
def test_help_told_by_its_helper_is_a_limit(text: str) -> None:
    assert _limit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt does not need husband's help getting in tub.",
        "Husband helps her with the bills.",
        "needs daughter's help with the computer",
        "Daughter helps her in the garden on weekends.",
        "Husband helps him with his medications.",
    ],
)
def test_help_with_no_move_of_daily_life_or_denied_is_none(text: str) -> None:
    assert not _limit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walks without difficulty, no ortho limits.",
        "Able to do treadmill.",
        "She can perform a treadmill test.",
        "able to complete an exercise stress echo",
        "Ambulates without limitation.",
        "walks w/o difficulty",
        "Walks briskly without problems.",
    ],
)
def test_exercise_ability_said_plainly_is_read(text: str) -> None:
    assert _exercise(text)


@pytest.mark.parametrize(
    "text",
    [
        "Does not walk without difficulty.",
        "Walks without difficulty with a walker.",
        "Walks without difficulty w/ her cane.",
        "Treadmill stress test ordered.",
        "No longer walks without trouble.",
    ],
)
def test_walking_aided_or_negated_or_a_test_ordered_is_no_ability(text: str) -> None:
    assert not _exercise(text)
