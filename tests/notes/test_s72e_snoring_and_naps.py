"""Naps taken several times a day are daytime sleepiness, and a bare "snore" is snoring: both
sleep-apnea symptoms (caresource-sleep-studies, brief s72-e: "naps 3x daily" and "loud snore"
read as no symptom). Not a denial, a single nap, nor a relative who snores or naps
("Wife snores." was read as the patient's snoring)."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _symptom(text: str) -> bool:
    """Whether the patient's own sleep symptom (not negated, not a relative's) is read."""
    found = find_findings([NoteInput("DocumentReference/s1", text)])
    return any(
        f.category == "clinical-notes"
        and f.concept == "sleep-symptom"
        and not (f.negated or f.family or f.hypothetical)
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "Naps 3x daily.",
        "Takes 2-3 naps a day, falls behind at work.",
        "S: tired all day, napping daily.",
        "Frequent daytime naps.",
        "Pt reports loud snore.",
        "ROS: + snore, + fatigue.",
        "c/o snore and AM HA",
        "Needs naps every afternoon.",
        "Naps two times per day despite 8 h in bed.",
        "Wife reports he snores.",
    ],
)
def test_naps_through_the_day_and_a_bare_snore_are_sleep_symptoms(text: str) -> None:
    assert _symptom(text)


@pytest.mark.parametrize(
    "text",
    [
        "No snoring.",
        "Denies naps.",
        "Wife snores.",
        "Her husband snores loudly; pt sleeps in another room.",
        "Bed partner also snores.",
        "Son naps 3x daily.",
        "Takes 1 nap on weekends.",
        "No daytime naps.",
        "Denies snore or witnessed apneas.",
    ],
)
def test_a_denial_one_nap_or_a_relatives_snoring_is_no_symptom(text: str) -> None:
    assert not _symptom(text)
