"""A symptom named as what the patient was referred for is the patient's complaint (blind wave
46, FT/sleep-02: a sleep physician's "Referred for snoring, witnessed pauses (daughter), nocturia
x3, unrefreshing sleep" read as planned, so SLEEP-001 found no symptom). Care a patient is
referred for ("referred for a sleep study", "referred for PT") is still to come, and a symptom
with another word of a plan or a condition keeps it.
"""

from __future__ import annotations

import pytest

from smartapp.notes import NoteInput, find_findings


def _asserted(text: str, concept: str) -> bool:
    return any(
        f.asserted and f.concept == concept
        for f in find_findings([NoteInput("DocumentReference/r1", text)])
    )


@pytest.mark.parametrize(
    ("text", "concept"),
    [("59M referred for loud snoring and daytime sleepiness, ESS 12.", "sleep-symptom"),
     ("Referral for unrefreshing sleep and nodding off at work.", "sleep-symptom"),
     ("71F referred for chest tightness on exertion x 2 months.", "cardiac-symptom")],
)  # fmt: skip
def test_the_symptom_a_referral_was_for_is_present(text: str, concept: str) -> None:
    assert _asserted(text, concept)


@pytest.mark.parametrize(
    ("text", "concept"),
    [("Will schedule sleep study if snoring persists.", "sleep-symptom"),
     ("Referred for physical therapy 2x/wk.", "physical-therapy"),
     ("Referred for a home sleep test.", "attended-study-reason")],
)  # fmt: skip
def test_a_plan_or_care_referred_for_is_still_to_come(text: str, concept: str) -> None:
    assert not _asserted(text, concept)
