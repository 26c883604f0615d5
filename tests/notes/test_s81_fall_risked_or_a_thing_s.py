"""A fall only risked, or a thing's fall, is no walking limitation (brief s81-near).

"At risk for falls." and "Wedge falls off the bed" were read as the mobility limitation NCD
280.3 asks for through the word "falls": a risk is what a clinician fears, and a wedge, a mask or
a blood pressure falling tells nothing of the patient's walking (fall_aims.py). The patient's
falls stay a limit ("falls at home x2", "falls when walking", "uses a cane, falls weekly"), and so
does a risk rated, as "high fall risk" is. (A fall out of bed, kept here at first, is no gait
finding either: brief s82-function, test_s82_fall_out_of_bed.py.)
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> list[str]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 10, 12))]
    return [
        f.text
        for f in find_findings(notes)
        if f.concept == "walking-limitation" and f.asserted
    ]


@pytest.mark.parametrize(
    "text",
    [
        "At risk for falls.",
        "Pt is at risk for falling.",
        "Risk of falls discussed; home safety reviewed.",
        "Wedge falls off the bed.",
        "The CPAP mask falls off at night.",
        "Pillows keep falling off.",
        "Blanket always falls to the floor.",
        "BP falls on standing.",
    ],
)
def test_a_risk_or_a_thing_s_fall_is_no_limit(text: str) -> None:
    assert _limits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Falls at home x2.",
        "Falls when walking.",
        "She falls often at home.",
        "Uses a cane, falls weekly.",
        "High risk for falls.",
        "Has fallen 3 times, at risk for further falls.",
    ],
)
def test_the_patient_s_falls_stay_a_limit(text: str) -> None:
    assert _limits(text)
