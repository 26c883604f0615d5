"""An exercise class or sport given up is an activity lost (blind wave 43, FE/hyaluronan-knee-03).

"R knee pain 1 yr, worse w/ stairs and getting out of car; quit Zumba" tells the knee's
functional impairment (HYA-005) in a patient's words. The activity must follow the verb, so
"quit smoking" beside a sport named later is none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _found(text: str, concept: str) -> bool:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 6, 2))]
    return any(f.concept == concept and not f.negated for f in find_findings(notes))


@pytest.mark.parametrize(
    "text",
    [
        "Knee aches on stairs; she quit her yoga class in March.",
        "Gave up pickleball since the fall.",
    ],
)
def test_a_class_or_sport_given_up_is_an_activity_lost(text: str) -> None:
    assert _found(text, "activity-limitation")


def test_quitting_smoking_is_no_activity_lost() -> None:
    assert not _found("Quit smoking in 2015, bikes on weekends.", "activity-limitation")
