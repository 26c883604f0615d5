"""A drug that opens a sentence of a paragraph-long line, the sentence saying it was never picked
up, is no trial (blind wave 43).

FG/lmri-03, lumbar MRI: a follow-up dictated as one paragraph ('F/U LBP x 8 wks. Pt has not
started PT. Cyclobenzaprine on med list - never picked up. No meds taken.') met the conservative
care on the word 'Cyclobenzaprine'; the reviewer: 'medication never filled'. The label-refusal
reading (wave 28) took only a drug that opens its line, and knew 'never filled' but not 'never
picked up'. A sentence that says the drug was taken, or declines something else, still counts.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave28_label_refused import _items


@pytest.mark.parametrize(
    "line",
    [
        "Seen today for flare. Azathioprine on med list - never picked up. Labs ordered.",
        "Loose stools x 3 wks. Mercaptopurine 50 mg: did not pick up (cost). Will recheck.",
        "Doing poorly. Methotrexate - Rx sent 12/2025, never picked up.",
    ],
)
def test_a_drug_its_own_sentence_says_was_never_picked_up_is_no_trial(line: str) -> None:
    assert _items(line) == ("missing", "missing")


@pytest.mark.parametrize(
    "line",
    [
        "Seen today for flare. Azathioprine: 100 mg daily since 3/2025; pt declined labs.",
        "Doing poorly. Azathioprine on med list - taking 100 mg daily. Never picked up the "
        "budesonide.",
    ],
)
def test_a_drug_taken_in_its_own_sentence_still_counts(line: str) -> None:
    assert _items(line)[0] == "met"
