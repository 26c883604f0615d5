"""One fall with an outside cause is no mobility limitation (brief s77-fall, blind wave 38,
EG/walker-02).

"68M tripped over a garden hose early May, fell onto L hip, no fx." met a walker's WLK-002 (a
mobility limitation, NCD 280.3) through its "fell", beside a normal gait, a TUG of 8.4 s and a PT
evaluation that found a low fall risk and no device needed: a gap called met. A single trip, slip,
fall on ice, off a ladder or while running is an accident (accidental_falls.py). A fall again or
more than once, or from a cause inside the patient (a knee that gives way, weakness, dizziness,
balance, a foot that drags, a lie on the floor), stays the limitation it is.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> list[str]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 6, 3))]
    return [
        f.text
        for f in find_findings(notes)
        if f.category == "functional-deficits"
        and not (f.negated or f.family or f.hypothetical or f.speculative)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "S: 68M tripped over a garden hose early May, fell onto L hip, no fx.",
        "Tripped on the curb 5/2 and fell, bruised R knee.",
        "Slipped on ice in the driveway in January and fell on her R wrist.",
        "Fell on ice 3/29 and bruised the left knee.",
        "Knee pain since a fall on ice over the holidays.",
        "Fell off a ladder cleaning gutters in April, wrist fx, healed.",
        "Fell from a 6 ft step ladder 4/14, landing on the R arm.",
        "Fell while running on a trail 5/10, R ankle sprain.",
        "He fell while playing basketball last month.",
        "Slipped on a wet floor at the store and fell, no injury.",
        "Fell off his bike in May, road rash only.",
    ],
)
def test_one_accident_is_no_limit(text: str) -> None:
    assert _limits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # more than one fall
        "Tripped over the dog twice this month and fell.",
        "Slipped on ice and fell again last week.",
        "Fell x2 on ice this winter.",
        "2 falls in past 6 mo, the last one tripped on a rug.",
        # a cause inside the patient, beside an outside one or alone
        "Fell when her knee gave way on the stairs.",
        "Fall 6/30 at home - tripped on rug, couldn't get up.",
        "Tripped over her own feet and fell in the kitchen.",
        "Slipped in the bathroom and fell - legs weak since chemo.",
        "Fell on the ice-free porch steps, dizzy beforehand.",
        "Tripped on the threshold and fell; foot drop R.",
        # no outside cause: a fall getting about is a limit
        "Fell at home on 5/28 getting up from the toilet.",
        "Fell in the bathroom last week.",
        "Fell in the hallway 5/20, put the ice pack on her hip.",
        # fear of falling that limits walking
        "Fear of falling limits her walking to the mailbox.",
    ],
)
def test_more_than_an_accident_stays_a_limit(text: str) -> None:
    assert _limits(text)
