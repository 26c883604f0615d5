"""A therapy discharge whose sentence says none of it was attended is no therapy had (brief
s67-c, the lead's class from stop 48): the semicolon of "PT Discharge Summary: Pt never
attended; discharged per attendance policy" cut the therapy's statement from its discharge, and
"Discharged from PT after 0 visits" had no no-show word, so both read as PT had
(discharged_care.discharged_unattended). A discharge after visits kept, with or without a
missed one, is still therapy had.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_THERAPIES = {"physical-therapy", "occupational-therapy", "chiropractic"}


def _had(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/d1", text, dt.date(2026, 3, 2))])
    return any(f.concept in _THERAPIES and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "PT Discharge Summary: Pt never attended; discharged per attendance policy",
        "PT Discharge Summary 3/2/26: Pt never attended; discharged per attendance policy.",
        "Discharged from PT after 0 visits",
        "PT: discharged 2/1, no visits completed.",
        "PT discharged her after zero sessions.",
        "OT d/c'd 2/1 - never seen; pt moved.",
        "PHYSICAL THERAPY DISCHARGE SUMMARY 3/2/26\nPatient attended 0 visits. Discharged.",
        "Chiro referral closed 2/1; pt never went.",
    ],
)
def test_a_discharge_from_therapy_never_attended_is_none_had(text: str) -> None:
    assert not _had(text)


@pytest.mark.parametrize(
    "text",
    [
        "Discharged from PT after 8 visits, goals met.",
        "PT discharge summary: attended 10 of 12 visits; discharged per attendance policy.",
        "Pt d/c'd from PT per attendance policy after 6 visits.",
        "PT discharge 3/1: 12 visits, 0 visits missed.",
        "Completed PT 8 visits, discharged 2/1. Chiro never attended.",
        "PT DISCHARGE SUMMARY 3/2/26\nAttended 12 visits; goals met.",
    ],
)
def test_a_discharge_after_visits_kept_is_therapy_had(text: str) -> None:
    assert _had(text)
