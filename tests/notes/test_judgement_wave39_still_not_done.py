"""A denial written with "still" after what it denies, found by blind wave 39 (EO/cardiac-02):
a nurse's phone note read "ECG still not done - will do at stress lab", and the resting ECG a
stress test needs (LCD L35083) was taken as on record. medspaCy's rules end a denial's reach at
"still" ("no fever, still has cough"), so "not done" never reached back to the ECG; the denial
with its "still" is one phrase, and a "still" on its own still ends a denial."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_DAY = dt.date(2026, 5, 4)


def _found(text: str, concept: str) -> list[tuple[str, bool]]:
    found = find_findings([NoteInput("DocumentReference/t1", text, _DAY)])
    return [(f.text, f.asserted) for f in found if f.concept == concept]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Called pt re: echo. EKG still not done, to be drawn at the echo lab.", "ecg"),
        ("Resting 12-lead still not yet done; machine being repaired.", "ecg"),
        ("L-spine MRI still not obtained (auth pending).", "mri"),
        ("Home exercises reviewed. PT still not started - no openings.", "physical-therapy"),
    ],
)
def test_a_denial_with_still_after_the_finding_denies_it(text: str, concept: str) -> None:
    found = _found(text, concept)
    assert found and not any(asserted for _, asserted in found), (text, found)


def test_an_ecg_done_beside_another_test_still_not_done_stays() -> None:
    found = _found("EKG today: sinus rhythm. Echo still not done.", "ecg")
    assert any(asserted for _, asserted in found), found
