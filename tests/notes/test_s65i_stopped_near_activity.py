"""A drug or habit stopped near an activity word is no activity lost (brief s65-i, the lead's
class from s65-b): "Stopped melatonin, going to bed at 10 pm", "stopped ibuprofen, walking 1
mile", "meloxicam stopped 1/2026 for rising creatinine", "Stopped trazodone at bedtime",
"stopped smoking at work". The verb must govern the activity itself: the patient stopping (or
having to stop) the walk, the trip, the job ("stops 2-3 times going from bed to bathroom", "had
to stop halfway to the bathroom", "stopped driving due to pain").
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
        "Stopped melatonin, going to bed at 10 pm.",
        "Stopped going to the bathroom scale.",
        "Stopped weighing herself on the bathroom scale.",
        "stopped the statin; bathing daily",
        "Stopped trazodone at bedtime.",
        "stopped ibuprofen, walking 1 mile daily.",
        "Meloxicam 15 mg stopped 1/2026 for rising creatinine.",
        "Naproxen stopped: rising BP.",
        "stopped metformin - walking 30 min daily instead",
        "stopped smoking at work",
        "Pt stopped drinking soda in the car.",
    ],
)
def test_a_drug_or_habit_stopped_is_no_limit(text: str) -> None:
    assert not _activity_limit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gets so winded he stops 2-3 times going from bed to bathroom.",
        "had to stop halfway to the bathroom",
        "i cant even get to the bathroom sink to brush my teeth anymore",
        "unable to get to the bathroom mirror to shave",
        "stopped driving due to knee pain",
        "Stopped going to church bc of the steps.",
        "has to stop twice on the stairs",
        "stopped her evening walks",
        "had to stop his volunteer job at the food pantry (standing/lifting boxes)",
        "Has to stop and sit after 10 ft walking to the bathroom.",
        "gave up golf last spring",
        "pt has had to give up gardening",
        "Stopped going to the bathroom alone - wife helps.",
    ],
)
def test_an_activity_stopped_is_still_a_limit(text: str) -> None:
    assert _activity_limit(text)


# The misspelling "stoped" reads as the verb does (session s65-l): a lost activity counts,
# a drug, a habit or a course of care stoped is still none.
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
