"""An outcome or a kind of care written beside a treatment does not deny the care after it
(blind wave 22, BZ/tsa-01): in "physical therapy from August through October 2025 (about 8
weeks) without meaningful improvement, meloxicam daily from June to December 2025, and two
corticosteroid injections in July and December 2025" the "without" denied the meloxicam and the
injections, and the PA form's "[X] >= 3 months failed non-operative care: [X] PT [X] NSAIDs"
was read as no PT and no NSAIDs, a newer note undoing the surgeon's PT: a complete request was
called missing. "without improvement" says the care did not help ("no improvement" already
did); "non-operative" names a kind of care. "without PT", "non-compliant with PT" still deny."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 2, 16))])
    (finding,) = [f for f in found if f.concept == concept and f.category != "plan-of-care"]
    return finding.asserted


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("PT x 8 wks without meaningful improvement, meloxicam daily June to Dec 2025.", "nsaid"),
        ("PT without improvement, then naproxen x 6 wks.", "nsaid"),
        ("Ibuprofen w/o relief, PT 2x/wk x 6 wks.", "physical-therapy"),
        ("[X] >= 3 months failed non-operative care: [X] PT  [X] NSAIDs", "physical-therapy"),
        ("Failed non-surgical care: PT, NSAIDs.", "nsaid"),
        ("Tried nonoperative management including PT x 8 wks.", "physical-therapy"),
    ],
)
def test_care_beside_an_outcome_or_a_kind_of_care_is_care(text: str, concept: str) -> None:
    assert _asserted(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Managed without PT or naproxen.", "physical-therapy"),
        ("Non-compliant with PT.", "physical-therapy"),
        ("No PT to date.", "physical-therapy"),
    ],
)
def test_a_denial_still_denies(text: str, concept: str) -> None:
    assert not _asserted(text, concept)
