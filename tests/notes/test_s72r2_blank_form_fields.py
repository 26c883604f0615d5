"""A home-accessibility form whose fields are left blank documents no home (blind wave 82,
LB/dme-wheelchair-02: a supplier's "DME HOME ACCESSIBILITY CHECKLIST / Entrance: ___ Doorway
widths: ___ Bathroom access: ___ Flooring: ___" with "pt not home, will reschedule" was read as
the home assessment). Three underscores after a field's colon are as blank as four
(placeholders.py); a field answered with a value still counts."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.placeholders import has_placeholder


def _accessible(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/h1", text, dt.date(2026, 8, 21))])
    return any(f.concept == "home-accessible" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Entrance: ___   Doorway widths: ___   Bathroom access: ___   Flooring: ___",
        "DME HOME ACCESSIBILITY CHECKLIST\nEntrance: ___   Doorway widths: ___\nFlooring: ___",
        "Doorway width: ___ in",
        "Door widths:___  Entry:___",
        "Home access -\nEntry: ___\nDoorways: ___\nFloors: ___",
        "Doorways: ***   Flooring: ***",
        "Doorway widths: [ ]",
        "Hallway width: ____ in; bathroom door: ____ in",
        "Doorways: not assessed",
    ],
)
def test_a_form_left_blank_documents_no_home(text: str) -> None:
    assert not _accessible(text)


@pytest.mark.parametrize(
    "text",
    [
        "Doorway widths: 34 in",
        "Entrance: ramp   Doorway widths: 34 in   Flooring: vinyl",
        "Entrance: level entry, no steps",
        "Front door 34 in; hallways wide; flooring: vinyl",
    ],
)
def test_a_field_answered_still_counts(text: str) -> None:
    assert _accessible(text)


def test_three_underscores_are_blank_only_as_a_field_s_answer() -> None:
    # A carrier phrase in a speech goal ('commenting ("I see ___")', IQ/therapy-speech-language-01)
    # or a name left out in prose ("Dr. ___") is no field: only a label's colon makes it one.
    blank = "Entrance: ___ Flooring: ___"
    assert has_placeholder(blank, 0, len(blank))
    goal = 'New goals: 3-symbol utterances 50%; commenting ("I see ___") 10x/session.'
    assert not has_placeholder(goal, 0, len(goal))
