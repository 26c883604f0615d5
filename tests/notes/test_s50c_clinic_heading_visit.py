"""A note that opens with the clinic and the day ("Cardiology clinic 4/2/26") records a visit
held in that clinic: the face-to-face visit CMS asks for before a DME order (blind wave 54,
GV/oxy-02, where the only note of the ordering physician's visit was headed so, with no exam
heading and no Encounter)."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _visit_held(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 4, 2))])
    return any(f.concept == "in-person-visit" and not f.negated and not f.planned for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Cardiology clinic 4/2/26\nHFrEF, more DOE. Crackles at bases.",
        "NEUROMUSCULAR CLINIC NOTE - 04/02/2026 - R. Adeyemi MD\nALS, weaker grip.",
        "Heart failure clinic 4/2/2026: wt up 4 lb, 2+ edema.",
    ],
)
def test_a_note_headed_by_its_clinic_and_day_is_a_visit_held(text: str) -> None:
    assert _visit_held(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referred to cardiology clinic 4/20/26 for HF titration.",
        "Cardiology clinic 4/2/26 - telephone follow-up. Wt stable per pt.",
        "Spoke with pt by phone. Next: see heart failure clinic in 2 weeks.",
    ],
)
def test_a_clinic_named_for_a_visit_to_come_or_a_call_is_not(text: str) -> None:
    assert not _visit_held(text)
