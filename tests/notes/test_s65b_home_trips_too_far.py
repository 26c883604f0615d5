"""A trip inside the home the patient cannot make whole: the kitchen or bathroom "too far", stops
or rests on the way from bed to bathroom, accidents for not reaching the toilet in time, "can't get
to the kitchen to eat" (brief s65-b, blind wave 67: IU/wheelchair-01 "Gets so winded he stops 2-3
times going from bed to bathroom ... Eats in bed because kitchen is too far"). These are the
mobility-related daily activities in the home NCD 280.3 asks about. A limit only in the community,
a relative's limit, and a trip made without a stop are not.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_LIMITS = {"walking-limitation", "activity-limitation", "adl-limitation"}


def _home_limit(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/h1", text, dt.date(2026, 2, 24))])
    return any(
        f.category == "functional-deficits" and f.concept in _LIMITS and f.asserted for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gets so winded he stops 2-3 times going from bed to bathroom.",
        "Eats in bed because kitchen is too far.",
        "can't get to kitchen to eat",
        "Wife says he's had accidents because he can't get there in time.",
        "Has to rest twice on the way to the bathroom.",
        "Pt reports bathroom too far to walk to, uses urinal.",
        "needs 3 stops walking from the bedroom to the kitchen",
        "Incontinent episodes d/t unable to reach toilet in time.",
        "misses the toilet - too slow getting there",
    ],
)
def test_a_home_trip_not_made_whole_is_a_limit(text: str) -> None:
    assert _home_limit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walks from bed to bathroom without stopping.",
        "The mall is too far for her now.",
        "Wife has to stop twice on the way to the bathroom (her COPD).",
        "Kitchen was remodeled last year.",
        "Bathroom is close to the bedroom.",
        "No longer needs to stop on the way to the bathroom since diuresis.",
        "Lives too far from the clinic to attend PT.",
    ],
)
def test_no_home_trip_limit_is_not(text: str) -> None:
    assert not _home_limit(text)
