"""An outcome told as "no gain", "no lasting benefit", "no durable relief" says the care before it
did not help; its "no" must not deny the care listed after it (blind wave 42, FC/shoulder-01: "Tried
PT Aug-Sep 2025 (11 visits, no gain), meloxicam ~5 wks stopped, Tylenol 1 g TID ongoing, CSI
11/4/25" had the drug, the analgesic and the shot negated, so the episode ended with the PT).

A real denial of the care ("no NSAIDs", "no injections") still denies it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 3, 2))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    ("said", "concept"),
    [
        ("Had physical therapy Sep-Oct 2025 (10 visits, no gain), naproxen 500 mg BID since.",
         "nsaid"),
        ("Physical therapy x 8 wks - no functional gains, then ibuprofen 600 TID ongoing.",
         "nsaid"),
        ("Ibuprofen 6 wks, no lasting benefit, cortisone injection 12/1/25.",
         "corticosteroid-injection"),
        ("Naproxen x 2 mo with no durable relief, acetaminophen 1 g TID daily since.", "analgesic"),
        ("Home exercises (no sustained improvement), steroid injection 1/5/26.",
         "corticosteroid-injection"),
    ],
)
def test_care_after_an_outcome_without_gain_was_had(said: str, concept: str) -> None:
    assert _asserted(said, concept)


@pytest.mark.parametrize(
    ("said", "concept"),
    [
        ("Physical therapy x 6 wks, no gain. No NSAIDs (CKD).", "nsaid"),
        ("Physical therapy with no lasting benefit; no injections to date.",
         "corticosteroid-injection"),
    ],
)
def test_care_denied_in_its_own_words_stays_denied(said: str, concept: str) -> None:
    assert not _asserted(said, concept)
