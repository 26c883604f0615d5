"""An offer made again is still only an offer, not care had (blind wave 102, OA/hya-02).

"CSI again offered - declines steroid, 'read it ruins cartilage', wants gel shot." repeats an
offer the patient declined twice; no injection was ever given (not_evidence.OFFERED_AFTER).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _had(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n9", text, date(2026, 5, 20))])
    return any(f.asserted for f in found if f.concept == "corticosteroid-injection")


@pytest.mark.parametrize(
    "text",
    [
        "CSI again offered - declines steroid, 'read it ruins cartilage', wants gel shot.",
        "CSI was again offered today, declines.",
        "Steroid injection once again recommended - pt refuses.",
        "Cortisone shot re-offered, declined.",
    ],
)
def test_an_offer_made_again_is_no_injection(text: str) -> None:
    assert not _had(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenalog inj again today.",
        "CSI 3/2025 helped 2 mo, again offered - declines",
        "CSI again, helped",
        "L knee CSI 40 mg kenalog given today.",
    ],
)
def test_an_injection_given_still_counts(text: str) -> None:
    assert _had(text)
