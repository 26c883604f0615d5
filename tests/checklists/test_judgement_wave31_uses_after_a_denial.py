"""Care in use, in the clause after a drug the patient cannot take, found by blind wave 31
(DJ/hya-03): in "Can't take NSAIDs (GI bleed 2024) - uses acetaminophen 1 g TID since April" the
denial reached the acetaminophen, so five months of analgesic were lost and the knee's three
months of conservative care were called short. A clause that says the patient uses the care
asserts it, as "tried" and "started" already do; a clause with its own denial still denies."""

from __future__ import annotations

import datetime as dt

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _negated(text: str, concept: str) -> bool:
    note = NoteInput("DocumentReference/n1", text, dt.date(2026, 9, 20))
    return next(f.negated for f in find_findings([note]) if f.concept == concept)


def test_care_used_in_the_clause_after_a_denied_drug_is_asserted() -> None:
    text = "Cannot take NSAIDs (ulcer 2023) - uses acetaminophen 650 mg TID since March."
    assert _negated(text, "nsaid")
    assert not _negated(text, "analgesic")


def test_a_clause_with_its_own_denial_still_denies() -> None:
    text = "Cannot take NSAIDs (ulcer 2023) - not using acetaminophen either."
    assert _negated(text, "analgesic")


def test_the_knee_has_its_three_months_of_care() -> None:
    text = (
        "S: knee OA, pain for years. PT 8 visits in June 2026. Cannot take NSAIDs (ulcer 2023) - "
        "uses acetaminophen 650 mg TID since March, no better. A/P: R knee OA, hyaluronan series."
    )
    bundle = record("J7321", _note("n1", "2026-09-20", text), reason="M17.11")
    assert status(bundle, "HYA-002", as_of=dt.date(2026, 9, 28))["status"] == "met"
