"""Care a relative gives the patient, told in the passive, is the patient's need (brief
s82-function).

"turns q2h by husband -> hospital bed" was read as family history: the husband, named after the
care verb, made what followed him the husband's. A carer who turns, repositions, bathes or
transfers the patient describes the patient's need, whether the carer comes first ("Husband
turns her q2h", as before) or after ("turned q2h by husband", "transfers with husband's assist":
caregiver_care.py). A relative's own condition stays the family's: "husband has a hospital
bed", "mother's hip replacement", one named as the subject after the care ("...; husband has
back pain").
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _findings(text: str, concept: str) -> list:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 10, 12), "", "female",
                       date(1948, 2, 1))]
    return [f for f in find_findings(notes) if f.concept == concept]


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Turns q2h by husband -> hospital bed.", "bed-arrow-plan"),
        ("Turned q2h by husband due to paraplegia.", "transfer-limitation"),
        ("Repositioned by daughter every 2 hours, bedbound.", "transfer-limitation"),
        ("Bathed by son, non-ambulatory.", "transfer-limitation"),
        ("Pushed by her husband in a wheelchair; bedbound most of the day.", "transfer-limitation"),
        ("Transfers with husband's assist due to paraplegia.", "transfer-limitation"),
        ("Transfers w/ help of daughter, paraplegia.", "transfer-limitation"),
    ],
)
def test_care_told_in_the_passive_is_the_patient_s(text: str, concept: str) -> None:
    found = _findings(text, concept)
    assert found and all(not f.family for f in found)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Husband had hip replacement, uses a walker.", "hip-replacement-plan"),
        ("Mother's hip replacement.", "hip-replacement-plan"),
        ("Pt turned by husband; husband has back pain and is now bedbound.", "transfer-limitation"),
        ("Husband had a stroke, now bedbound; pt is turned by her daughter.",
         "transfer-limitation"),
        ("Walks with husband, who is bedbound after a stroke.", "transfer-limitation"),
    ],
)
def test_a_relative_s_own_condition_stays_the_family_s(text: str, concept: str) -> None:
    found = _findings(text, concept)
    assert found and all(f.family for f in found)
