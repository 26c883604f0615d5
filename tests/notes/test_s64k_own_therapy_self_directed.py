"""Therapy the patient says he did himself is care he chose alone, not a therapist's.

Blind wave 66, IO/workrehab-03: 'Pt says he "did his own PT at the gym" - treadmill and machines
3x/wk since February' joined a PT evaluation and two visits into a 91-day episode of therapy for
OCC-002 (acute therapy completed). "His own PT" is what the patient calls gym work; ConText knew
"on his own" but not the do-verb with "own".
"""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings


def _self_directed(text: str) -> list[tuple[str, bool]]:
    """Each conservative-care finding's text and whether it is marked self-directed."""
    found = find_findings([NoteInput("m/1", text)])
    return [(f.text, f.self_directed) for f in found if f.category == "conservative-treatment"]


@pytest.mark.parametrize(
    ("text", "care"),
    [
        ('Pt says he "did his own PT at the gym" - treadmill and machines 3x/wk since Feb.', "PT"),
        ("States she is doing her own physical therapy at the gym 3x/wk.", "physical therapy"),
        ("pt does his own PT at planet fitness, no therapist.", "PT"),
        ("S: Did my own PT - bands + treadmill - at home since Jan.", "PT"),
        ("does her own home exercises 3x/wk", "home exercises"),
    ],
)
def test_therapy_done_on_ones_own_is_self_directed(text: str, care: str) -> None:
    assert (care, True) in _self_directed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Completed 12 visits of formal PT with K. Brandt DPT.",
        "PT 2x/wk x 6 wks, did his PT exercises at home between visits.",
        "Doing his own stretching; PT 8 visits 2/1-3/20 per Dr. Lee.",
        "Chiropractor 1x/wk since Jan, does her own home exercises too.",
    ],
)
def test_a_therapists_course_is_not(text: str) -> None:
    found = _self_directed(text)
    assert found and not found[0][1]
