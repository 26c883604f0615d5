"""A visit or evaluation still to be had is no visit or evaluation (blind wave 40): one a
scheduler "booked" after a regex target's words (EU/dme-wheelchair-03), and one to be had "when
able" (ET/hh-03)."""

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _flags(text: str, concept: str) -> list[bool]:
    found = find_findings([NoteInput("D/9", text)])
    return [f.hypothetical for f in found if f.concept == concept]


@pytest.mark.parametrize(
    ("text", "hypothetical"),
    [
        ("Front desk: power chair skills evaluation booked for 12/01.", [True]),
        ("Seating and mobility evaluation rebooked to next Tuesday.", [True]),
        ("Seating and mobility evaluation done 9/9 by OT.", [False]),
    ],
)  # fmt: skip
def test_an_evaluation_booked_is_still_to_come(text: str, hypothetical: list[bool]) -> None:
    assert _flags(text, "wheelchair-evaluation") == hypothetical


@pytest.mark.parametrize(
    ("text", "hypothetical"),
    [
        ("Clinic visit when able; son has no car this month.", [True]),
        ("Face-to-face once able to travel.", [True]),
        ("Clinic visit today with Dr. Ruiz.", [False]),
    ],
)  # fmt: skip
def test_a_visit_when_able_is_still_to_come(text: str, hypothetical: list[bool]) -> None:
    assert _flags(text, "in-person-visit") == hypothetical
