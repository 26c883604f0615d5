"""A drug named, then said never filled or never taken later in its sentence, was not taken.

A refill review's "sulfasalazine 500 mg - Rx 3/4/26, never filled (cost)" or a visit's "list
still shows methotrexate (she says she never took it)" names the drug first and the start that
never came after it, with no object or a pronoun; ConText reads "never" forward only. The drug
is no course. A sentence that says it was taken for a time, or whose "never filled" is about
another drug named nearer, keeps it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n7", text, date(2026, 5, 6))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "said",
    [
        "Refill review: sulfasalazine 500 mg - Rx 3/4/26, never filled (cost).",
        "Chart list still shows sulfasalazine 2 g daily (she says she never took it).",
        "Sulfasalazine was prescribed in March but she never picked up the prescription.",
        "Rx sulfasalazine 3/4 - did not fill it.",
    ],
)
def test_a_drug_never_filled_after_its_name_is_not_taken(said: str) -> None:
    assert not _asserted(said, "sulfasalazine")


@pytest.mark.parametrize(
    "said",
    [
        "Sulfasalazine 2 g daily x 4 months, then stopped; never filled the refill after.",
        "Sulfasalazine 2 g daily since 1/2026, tolerating well.",
        "Sulfasalazine 2 g daily; methotrexate never filled (cost).",
    ],
)
def test_a_drug_taken_or_another_never_filled_still_counts(said: str) -> None:
    assert _asserted(said, "sulfasalazine")
