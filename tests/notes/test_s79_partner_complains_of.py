"""A partner or relative who "c/o" or "complains of" the patient's night is an informant (wave 94).

MW/sleep-studies-02: "S: wife c/o snoring, he's tired all day, ESS 12." read the snoring and the
Epworth as the wife's (family), so the in-person visit of 4/28 spoke of nothing about sleep and
SLEEP-004 found no sleep evaluation. "<relative> reports" already made the relative an informant
(cues.INFORMANT); a complaint is the same account. A family history section stays the family's.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _sleep(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 4, 28))])
    return [f for f in found if f.concept in ("sleep-symptom", "sleepiness")]


@pytest.mark.parametrize(
    "text",
    [
        "S: wife c/o snoring, he's tired all day, ESS 12.",
        "Husband complains of her loud snoring and gasping at night.",
        "Wife complains he snores loudly every night.",
        "HPI: girlfriend complaining of his snoring; ESS 14.",
    ],
)
def test_a_partners_complaint_is_the_patients_symptom(text: str) -> None:
    found = _sleep(text)
    assert found and all(not f.family for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Family history: mother c/o snoring, on CPAP.",
        "FHx: father - loud snoring.",
    ],
)
def test_a_family_history_stays_the_familys(text: str) -> None:
    found = _sleep(text)
    assert all(f.family or not f.asserted for f in found)
