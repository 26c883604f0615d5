"""In a therapy's own discharge document the discharge is from that therapy (brief s65-l): "PT
Discharge Summary: Discharged per attendance policy after 6 visits" tells of PT had and then
left, as "d/c'd from PT per attendance policy" does (discharged_care.py), and read as no PT.
A no-show with no discharge, a discharge in another kind of note, and a discharge from care
never attended stay no care.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_THERAPIES = {"physical-therapy", "occupational-therapy"}


def _therapy_had(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/d1", text, dt.date(2026, 2, 24))])
    return any(f.concept in _THERAPIES and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "PT Discharge Summary: Discharged per attendance policy after 6 visits.",
        "PT DISCHARGE SUMMARY: Pt discharged per attendance policy after 6 visits.",
        "OT D/C Summary: d/c'd per non-attendance policy after 4 sessions.",
        "Physical Therapy Discharge Note: pt discharged per clinic attendance policy, 5 visits.",
        "PT discharge summary 3/2/26: dc'd per attendance policy after 8 visits.",
    ],
)
def test_a_discharge_in_a_therapy_discharge_document_is_from_it(text: str) -> None:
    assert _therapy_had(text)


@pytest.mark.parametrize(
    "text",
    [
        "PT Discharge Summary: No-show for eval x3, discharged per attendance policy.",
        "Progress note: PT discharged per attendance policy.",
        "Pt no-showed PT 3/16, 3/19.",
        "Hospital discharge summary: pt discharged home, PT no-show.",
    ],
)
def test_no_discharge_after_care_is_no_therapy(text: str) -> None:
    assert not _therapy_had(text)
