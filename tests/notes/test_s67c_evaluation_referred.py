"""An evaluation a referral still asks for is no evaluation held (brief s67-c, the lead's class
from stop 48: "Refer for SLP evaluation" read as the SLP's evaluation done). The referral may be
a bare command, a future or a placed referral, with the discipline between it and the
evaluation (care_to_come.py; context.yaml's "refer" for a spaCy-matched evaluation). The
evaluation's own note, which names the referral it came from, still holds it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

_EVALUATIONS = {"slp-evaluation", "therapy-evaluation", "psych-evaluation", "nutrition-evaluation"}


def _evaluated(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/e1", text, dt.date(2026, 3, 2))])
    return any(f.concept in _EVALUATIONS and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Refer for SLP evaluation",
        "Will refer to outpatient speech therapy for speech-language evaluation.",
        "Plan: referral to speech therapy for swallow evaluation",
        "Please refer for SLP eval.",
        "Ref to SLP for swallow eval",
        "Referral placed to SLP for clinical swallow evaluation.",
        "Refer PT eval and treat for LBP.",
        "Will refer to dietitian for nutrition evaluation.",
    ],
)
def test_an_evaluation_a_referral_asks_for_is_not_held(text: str) -> None:
    assert not _evaluated(text)


@pytest.mark.parametrize(
    "text",
    [
        "SLP evaluation completed 3/2/26.",
        "Pt referred for SLP evaluation by Dr. Lee; evaluation completed today.",
        "SLP Initial Evaluation 3/2/26 - referral from Dr. Lee",
        "Referral from PCP for SLP evaluation; seen today.",
        "PT eval 3/2/26: 45 min, HEP issued.",
    ],
)
def test_the_evaluations_own_note_still_holds_it(text: str) -> None:
    assert _evaluated(text)
