"""A refusal standing as the whole clause after a semicolon turns down the care before it.

Statements are cut at ";", so "Steroid injection L knee; pt declined." read the injection as
had (seen in unit tests by session s89-hya): the refusal had nothing to fall on. A bare refusal
("; pt declined", "; declines", "; refused", "; declined again", "; not interested") turns down
the care, plan or test named last in the clause before, unless that clause says it was had or
the refusal names its own object; a decline in function is no refusal
(smartapp/notes/refused_next.py).
"""

from __future__ import annotations

import pytest
from stated_findings import found, stated


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Steroid injection L knee; pt declined.", "corticosteroid-injection"),
        ("Reconsidered steroid injection; again declined.", "corticosteroid-injection"),
        ("Steroid injection L knee; declines.", "corticosteroid-injection"),
        ("Steroid injection L knee; refused.", "corticosteroid-injection"),
        ("Kenalog inj R knee; declined again.", "corticosteroid-injection"),
        ("Cortisone shot; not interested.", "corticosteroid-injection"),
        ("Steroid injection L knee; pt declined (afraid of needles).", "corticosteroid-injection"),
        ("PT offered; pt declined", "physical-therapy"),
        ("Physical therapy; declined again.", "physical-therapy"),
        ("Physical therapy referral; pt refuses.", "physical-therapy"),
        ("Home exercise program; pt declines.", "home-exercise"),
        ("Insulin; pt declined.", "insulin-treated"),
        ("Metformin 1000 bid; insulin discussed; not interested.", "insulin-treated"),
        ("Nutrition counseling; pt declined.", "weight-loss"),
        ("Genetic counseling; pt declined.", "genetic-counseling"),
        ("Sleep study ordered; pt declined.", "sleep-study"),
    ],
)
def test_care_refused_in_the_next_clause_is_not_had(text: str, concept: str) -> None:
    assert found(text, concept), "the care must still be read, then turned down"
    assert not stated(text, concept)
    assert all(f.negated for f in found(text, concept))


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        # The refusal names its own object: the care before was had.
        ("CSI 3/2026 helped; declined repeat.", "corticosteroid-injection"),
        ("Had CSI x2; declined a third.", "corticosteroid-injection"),
        # The care's own clause says it was had: what is refused is another round.
        ("Had CSI x2; declined.", "corticosteroid-injection"),
        ("Completed 6 wks PT; declines.", "physical-therapy"),
        ("Steroid injection L knee 1/2026 with relief; pt declined.", "corticosteroid-injection"),
        # Care in an earlier clause than the one refused.
        ("Ibuprofen 800 tid x 6 wks; PT offered; pt declined.", "nsaid"),
        ("Steroid injection L knee 1/2026. PT offered; declined.", "corticosteroid-injection"),
        # "PT" here is the physical therapy declined, not the patient refusing the ibuprofen.
        ("Ibuprofen 800 tid; PT declined.", "nsaid"),
        # A refusal with more words after it is no bare refusal of what came before.
        ("Steroid injection L knee; pt declined surgery.", "corticosteroid-injection"),
    ],
)
def test_care_had_or_not_refused_still_counts(text: str, concept: str) -> None:
    assert stated(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Walking tolerance declined; uses cane.", "walking-limitation"),
        ("Walking tolerance; declined.", "walking-limitation"),
    ],
)
def test_a_decline_in_function_is_no_refusal(text: str, concept: str) -> None:
    assert stated(text, concept)
