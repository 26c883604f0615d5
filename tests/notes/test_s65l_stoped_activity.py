"""An activity given up for the joint is as much given up when the note spells "stopped" with
one p, as typed notes often do: "stoped bowling due to knee" (brief s65-l, lead's class from
s65 sessions). The misspelling reads as the verb does everywhere else: a drug, a habit or a
course of care it stops is still no lost activity.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _activity_limit(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/s1", text, dt.date(2026, 2, 24))])
    return any(
        f.category == "functional-deficits" and f.concept == "activity-limitation" and f.asserted
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "stoped bowling due to knee",
        "Pt stoped going to church d/t hip pain.",
        "stoped golfing last yr b/c of knee",
        "Stoped walking the dog 2/2 knee pain.",
        "Stoped gardening after 10 min.",
        "Has stoped dancing because of her hip.",
    ],
)
def test_an_activity_stoped_is_given_up(text: str) -> None:
    assert _activity_limit(text)


@pytest.mark.parametrize(
    "text",
    [
        "stoped smoking 2020",
        "stoped ibuprofen due to GI upset",
        "Stoped ibuprofen, walking 1 mile daily.",
        "Stoped PT due to work.",
    ],
)
def test_a_drug_habit_or_care_stoped_is_not(text: str) -> None:
    assert not _activity_limit(text)
