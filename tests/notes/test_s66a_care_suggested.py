"""Care only proposed before its name is no care had (brief s66-a, blind wave 69,
JC/surgery-hip-arthroplasty-03): "Suggested trial of PT and ibuprofen; pt prefers to wait" began
a course eight months early. Any care, as care_proposed.py reads a drug. Not care the clause says
was taken up, nor care kept up ("advised to continue HEP"), nor care simply had.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings


def _had(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/d1", text, dt.date(2025, 6, 10))])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("PCP: R hip ache x 5 mo. Suggested trial of PT and ibuprofen; pt prefers to wait.",
         "physical-therapy"),
        ("PCP: R hip ache x 5 mo. Suggested trial of PT and ibuprofen; pt prefers to wait.",
         "nsaid"),
        ("A/P: knee OA. Suggest PT, will call if worse.", "physical-therapy"),
        ("Proposed a course of physical therapy; pt will think about it.", "physical-therapy"),
        ("Suggested starting naproxen - pt wants to wait.", "nsaid"),
        ("Discussed trying meloxicam, pt undecided.", "nsaid"),
        ("we suggested PT for the hip, pt declines for now", "physical-therapy"),
    ],
)  # fmt: skip
def test_care_only_proposed_is_not_had(text: str, concept: str) -> None:
    assert not _had(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Suggested trial of PT in March, started 4/2 and attended 8 visits.", "physical-therapy"),
        ("Advised to continue HEP daily.", "home-exercise"),
        ("PT 2x/wk x 6 wks completed, ibuprofen 600 TID since 12/15.", "nsaid"),
        ("Naproxen 500 BID x 8 wks, no relief.", "nsaid"),
    ],
)
def test_care_taken_up_or_kept_up_is_had(text: str, concept: str) -> None:
    assert _had(text, concept)
