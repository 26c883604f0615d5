"""Care ruled out before any trial is no care tried (brief s80-care).

MT/hip-arthroplasty-03: "NSAIDs not an option (GI bleed). Tylenol 1 g TID." made a day of NSAID
care. A drug class ruled out ("not an option", "contraindicated", "unable to take",
"contraindication to") was never taken; a statement that says it was had before it was ruled out
("NSAIDs stopped after GI bleed", "no longer an option", "x 3 mo, now contraindicated") keeps the
trial, and so does other care beside it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _nsaids(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 5, 26))])
    return [f for f in found if f.category == "conservative-treatment" and f.concept == "nsaid"]


@pytest.mark.parametrize(
    "text",
    [
        "L hip OA. NSAIDs not an option (GI bleed). Tylenol 1 g TID.",
        "NSAIDs contraindicated (CKD 4).",
        "NSAIDs: contraindicated - on warfarin.",
        "NSAIDs are not an option for her.",
        "Meloxicam not an option given GI bleed.",
        "Unable to take NSAIDs given GI bleed hx.",
        "Contraindication to NSAIDs (CKD).",
        "Ibuprofen - not advised (on Eliquis).",
    ],
)
def test_care_ruled_out_before_any_trial_is_not_asserted(text: str) -> None:
    found = _nsaids(text)
    assert found and not any(f.asserted for f in found), text


@pytest.mark.parametrize(
    "text",
    [
        "NSAIDs stopped after GI bleed.",
        "NSAIDs no longer an option after GI bleed.",
        "Naproxen x 3 mo, now contraindicated due to CKD.",
        "Tried meloxicam - not an option anymore (BP).",
        "Failed NSAIDs, further NSAIDs not advised.",
        "Naproxen 500 mg BID since January.",
    ],
)
def test_care_had_before_it_was_ruled_out_stays_care(text: str) -> None:
    assert any(f.asserted for f in _nsaids(text)), text


def test_other_care_beside_a_ruled_out_drug_stays_care() -> None:
    text = "Naproxen 500 BID x 8 wks; celecoxib contraindicated (sulfa). Tylenol 1 g TID."
    found = find_findings([NoteInput("D/1", text, date(2026, 5, 26))])
    asserted = {f.text.lower() for f in found if f.asserted}
    assert {"naproxen", "tylenol"} <= asserted
    assert "celecoxib" not in asserted
