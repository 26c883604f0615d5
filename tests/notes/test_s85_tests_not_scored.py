"""A standardized test the note says was tried and not given is no score (brief s85-results).

Blind wave 100, NR/slp-02: "Standardized testing attempted - child unable to sit for PLS-5;
deferred, will attempt next session." met SLP-002: "sit for PLS-5" was read as the Sentence
Intelligibility Test scoring 5, and the PLS-5 as a test reported. Cues before the test's name
(attempted, unable to, would not sit for, refused) and after it (not scorable, invalid) leave no
score; a score beside the test keeps it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _held(text: str, concept: str = "standardized-scores") -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 5, 4))])
    return any(
        f.concept == concept and not (f.negated or f.hypothetical or f.planned or f.normal)
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        # the case's wording
        "Hearing screen: pass bilat. Standardized testing attempted - child unable to sit for"
        " PLS-5; deferred, will attempt next session. Informal: follows 1-step directions.",
        # other wordings of the same fact
        "Standardized testing attempted - child unable to complete PLS-5.",
        "Unable to complete PLS-5.",
        "Could not complete the CELF-P3 (fatigue).",
        "Attempted PLS-5, not scorable.",
        "Attempted GFTA-3 - unscorable, child would not name pictures.",
        "Refused GFTA-3 today.",
        "Pt would not sit for CELF-5 testing.",
    ],
)
def test_tried_and_not_given_is_no_score(text: str) -> None:
    assert not _held(text)


@pytest.mark.parametrize(
    "text",
    [
        "SIT 42% intelligibility.",
        "SIT: 68% at sentence level.",
        "SIT at word level 55%.",
        "PLS-5: AC SS 62, EC SS 58.",
        "CELF-5 core language 72.",
        "PLS-5 attempted 2/10, completed 2/17: AC SS 62.",
        "Unable to follow 2-step commands; PLS-5 AC SS 70.",
        "Child unable to sit long, but CELF-5 was completed.",
    ],
)
def test_a_test_given_still_counts(text: str) -> None:
    assert _held(text)
