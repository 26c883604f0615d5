"""A prior germline test whose date comes first (blind wave 19, BO/gen-03): a faxed outside
record in capitals, "GENETICS LAB REPORT 08/14/2019: BRCA1/BRCA2 FULL SEQUENCE + DEL/DUP -
NEGATIVE.", is the same BRCA1/2 analysis done before; GEN-004 read the year only after the test
("BRCA1/2 seq 2019: neg") and let the repeat test through. A date and a result still make it a
test done; a plan, a relative's test or a conditional result does not."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _prior(text: str) -> bool:
    return any(
        f.asserted and f.concept == "prior-germline-test"
        for f in find_findings([NoteInput("D/1", text)])
    )


@pytest.mark.parametrize(
    "text",
    [
        "GENETICS LAB REPORT 08/14/2019: BRCA1/BRCA2 FULL SEQUENCE + DEL/DUP - NEGATIVE.",
        "Genetics lab report 08/14/2019: BRCA1/BRCA2 full sequence + del/dup - negative.",
        "2019: BRCA1/2 sequencing negative.",
        "In 2020 germline multigene panel - VUS in ATM.",
    ],
)
def test_a_test_dated_before_it_is_named_is_a_test_done(text):
    assert _prior(text), text


@pytest.mark.parametrize(
    "text",
    [
        "10/28/2026 Plan: BRCA1/2 full sequence + del/dup; if negative, consider multigene panel.",
        "11/2026: BRCA1/2 analysis ordered, result pending.",
        "In 2024 sister had BRCA1/2 testing, negative.",
        "2026-10-28: BRCA1/2 testing discussed; possible results negative, VUS or pathogenic.",
    ],
)
def test_a_plan_a_relatives_test_or_possible_results_are_none(text):
    assert not _prior(text), text
