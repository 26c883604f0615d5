"""A communication limit stated by its cause (SLP-003; blind wave 58, HI/slp-03): "Cannot return
to receptionist job due to word-finding" names the life activity the deficit keeps the patient
from, as "word-finding limits phone calls" does, but the activity stood more than 30 characters
before the deficit, out of reach of the limiting-word rule. Either order reads ("d/t aphasia, pt
is unable to work"); a limit from another problem, a deficit worked through, a relative's, a
denied or a hoped-for one is none."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = date(2026, 6, 3)


def _limits(text: str) -> list[str]:
    found = find_findings([NoteInput("DocumentReference/n1", text, DAY)])
    return [f.text for f in found if f.concept == "communication-limitation" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        "Has not returned to her bookkeeping position due to word-finding.",
        "Unable to work as a bus dispatcher secondary to aphasia.",
        "Off work d/t expressive language deficits since March.",
        "Has not been able to go back to the warehouse 2/2 dysarthria.",
        "Can't do his job in sales because of slurred speech.",
        "Had to quit coaching because of her voice.",
        "Stopped leading the church choir b/c of hoarseness.",
        "Due to word retrieval deficits, pt is unable to return to work.",
        "D/t hearing loss he has stopped volunteering at the library.",
    ],
)
def test_an_activity_given_up_because_of_the_deficit_is_a_limit(text: str) -> None:
    assert _limits(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Cannot return to work due to knee pain.",
        "Unable to drive due to seizures; speech intact.",
        "Returned to work despite mild word-finding.",
        "Family history: father unable to work due to hearing loss.",
        "Denies being unable to work due to speech.",
        "Pt will be able to return to work once word-finding improves.",
        "Off work due to back surgery, language WNL.",
    ],
)
def test_another_cause_or_no_limit_is_none(text: str) -> None:
    assert not _limits(text), text
