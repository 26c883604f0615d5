"""A ticked box of care whose own item dates the care is a dated trial (blind wave 57).

An undated tick of care ("[X] PT [ ] Chiro") stays no evidence of a trial: its dates are the
narrative's to tell (statements.py, ticked_boxes.py). But EHR grids let the writer put the
narrative into the box ("[X] PT (HEP + 8 visits 6-7/2026)", "[x] NSAIDs - naproxen since 2025"):
such a tick is read as the same sentence written without the box. A date after the note, or a
date outside the tick's own item, still leaves the tick bare.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_DAY = dt.date(2026, 10, 20)


def _asserted(text: str) -> set[str]:
    found = find_findings([NoteInput("D/1", text, _DAY)])
    return {f.concept for f in found if f.category == "conservative-treatment" and f.asserted}


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Tx tried, R hip:  [X] PT (10 sessions 4-6/2026)  [ ] Brace", "physical-therapy"),
        ("Prior tx: [x] Physical therapy 03/2026-05/2026 [ ] Chiropractic", "physical-therapy"),
        ("Conservative care: [X] NSAIDs (ibuprofen since 2025) [ ] TENS", "nsaid"),
        ("Tried: [X] Home exercise program - started 4/12/26 [ ] Acupuncture", "home-exercise"),
        ("[X] Cortisone injection L shoulder 8/14/2026 [ ] Hyaluronan", "corticosteroid-injection"),
        ("Prior care: [x] Chiropractic: 12 visits Jan-Mar 2026 [ ] PT", "chiropractic"),
        ("Failed: [X] Knee brace since 02/2026  [ ] Cane", "bracing"),
    ],
)
def test_a_tick_dated_in_its_own_box_is_a_trial(text, concept):
    assert concept in _asserted(text)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Failed conservative: [X] PT [X] NSAIDs [ ] Chiro", "physical-therapy"),
        ("[X] PT - to start 12/14/2026 [ ] Chiro", "physical-therapy"),
        ("Conservative tx: [X] PT [ ] Bracing   Next f/u 1/2026", "physical-therapy"),
        ("Prior tx: [X] Physical therapy 03/2026-05/2026 [ ] Chiropractic", "chiropractic"),
    ],
)
def test_an_undated_or_future_tick_stays_bare(text, concept):
    assert concept not in _asserted(text)
