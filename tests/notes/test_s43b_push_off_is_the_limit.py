"""A push with the arms after an inability is the help the limit needs, not a denial: in "cannot
rise from the recliner without pushing off, WOMAC 55" the score and the limits after "without"
are the patient's (blind wave 48, FY/hya-02). A walking aid or help done without still denies."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 5, 20))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Function: cannot rise from the recliner without pushing off, WOMAC 55.",
        "Unable to stand from a low chair without using his arms; KOOS JR 49.",
        "Can't get out of the car w/o pushing off, KOOS JR 61 today.",
    ],
)
def test_a_score_after_a_push_off_is_asserted(text: str) -> None:
    assert _asserted(text, "functional-score")


@pytest.mark.parametrize(
    "text",
    [
        "Walks without a cane, no limp, KOOS JR 92.",
        "Ambulates without difficulty, WOMAC 12.",
    ],
)
def test_other_withouts_still_deny(text: str) -> None:
    assert not _asserted(text, "functional-score")
