"""A fall to be prevented is no fall the patient had (blind wave 72, JM/dme-walker-02).

"Family request - fall prevention." on a walker order, for a patient who walks steadily, has no
falls and a 10-second TUG, was read as the walking limitation NCD 280.3 asks for: a gap called
met. A prevention aim ("fall prevention", "to prevent falls", "falls-prevention class") says what
the device or care is for, not that the patient falls; nor does a relative's fall ("pt's husband
fell and broke his hip"). Falls the patient has had stay a limit however the same note goes on
("2 falls since May despite fall prevention measures").
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _limits(text: str) -> list[str]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 8, 3))]
    return [
        f.text
        for f in find_findings(notes)
        if f.category == "functional-deficits"
        and not (f.negated or f.family or f.hypothetical or f.speculative)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Family request - fall prevention.",
        "Walker for fall prevention.",
        "Rollator ordered - fall-prevention.",
        "Dx: osteoporosis; walker ordered for falls prevention.",
        "Reason for order: Fall prevention / safety.",
        "Walker requested to prevent falls.",
        "Pt wants a cane to help prevent falling on the ice.",
        "Attends falls-prevention class at the senior center.",
        "Fall prevention education provided, handout given.",
        "Pt's husband fell and broke his hip in June.",
        "Fall risk screen (STEADI): 0 falls, not unsteady.",
    ],
)
def test_a_fall_to_prevent_is_no_limit(text: str) -> None:
    assert _limits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "2 falls since May despite fall prevention measures.",
        "Recurrent falls at home; walker for fall prevention.",
        "Fall x2 in the kitchen this spring.",
        "Has been falling at home, most recently 7/20.",
        "She fell twice last month and now holds onto furniture.",
        "Fall 6/30 at home - tripped on rug, couldn't get up.",
    ],
)
def test_falls_had_stay_a_limit(text: str) -> None:
    assert _limits(text)
