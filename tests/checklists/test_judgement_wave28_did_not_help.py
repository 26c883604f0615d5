""" "didn't help" says a drug did not work; it must not deny the next drug in the list (blind
wave 28, CY/inf-02): in "Meds tried: prednisone taper 9-11/2025 (steroid-dependent),
mesalamine 9/10-10/8/25 (stopped himself - 'didn't help'), budesonide 11/20-1/15" the
"didn't" was read as a denial reaching past the list separator, so the budesonide course came
out negated. Wave 22 made "no help", "without improvement" outcomes, not denials; the verbal
forms ("did not work", "didn't improve") are the same class. "did not start", "didn't take"
and "did not try" still deny."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 2, 24))])
    (finding,) = [f for f in found if f.concept == concept and f.category != "plan-of-care"]
    return finding.asserted


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        (
            "Meds tried: prednisone taper 9-11/2025 (steroid-dependent), mesalamine "
            "9/10-10/8/25 (stopped himself - 'didn't help'), budesonide 11/20-1/15.",
            "budesonide",
        ),
        ("Meds tried: mesalamine (did not help), budesonide 11/20-1/15.", "budesonide"),
        ("Naproxen did not work, then PT 2x/wk x 6 wks.", "physical-therapy"),
        ("Pain didn't improve with PT 2x/wk x 6 wks.", "physical-therapy"),
        ("Ibuprofen didn't do anything; PT 2x/wk x 6 wks.", "physical-therapy"),
    ],
)
def test_care_after_a_did_not_help_is_care(text: str, concept: str) -> None:
    assert _asserted(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Pt did not start meloxicam.", "nsaid"),
        ("Didn't take naproxen - worried re: stomach.", "nsaid"),
        ("Did not try PT.", "physical-therapy"),
    ],
)
def test_a_denial_still_denies(text: str, concept: str) -> None:
    assert not _asserted(text, concept)
