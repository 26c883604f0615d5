"""A drug named, then refused later in its sentence by a word pointing back at it, is no trial
(CC/inf-02: "re: azathioprine - has decided he does NOT want to start it" read as azathioprine
taken; ConText reads "does not want" forward only, never back over the drug to a pronoun).

The refusal is the nearest care's; a sentence that says the drug was taken keeps it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n9", text, date(2026, 4, 2))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "said",
    [
        "Portal message about methotrexate: after reading the leaflet she does NOT want to "
        "start it.",
        "Reviewed methotrexate with her today - she has decided she doesn't want to try it.",
        "Methotrexate was offered at length; pt refuses to start it, citing hair loss.",
        "Leflunomide discussed. Methotrexate - patient not willing to try the medication.",
        "We talked about methotrexate and she has declined it for now.",
    ],
)
def test_a_drug_refused_after_it_by_a_pronoun_is_not_taken(said: str) -> None:
    assert not _asserted(said, "methotrexate")


@pytest.mark.parametrize(
    "said",
    [
        # The drug was taken: the refusal is of taking it up again.
        "Took methotrexate for 4 months, does not want to start it again.",
        # Another care stands nearer the pronoun.
        "Methotrexate 15 mg weekly since 10/2025; offered adalimumab, she does not want to "
        "start it.",
        # Refused reluctantly, then taken: "did not want" is not a refusal to begin.
        "Methotrexate: she did not want to take it at first, now weekly since 11/2025.",
    ],
)
def test_a_refusal_of_other_care_or_of_a_restart_keeps_the_drug(said: str) -> None:
    assert _asserted(said, "methotrexate")
