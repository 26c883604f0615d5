"""A home-health speech therapy plan names a skilled need as a PT plan does: "SLP 2w4 for
dysphagia, aphasia tx", "ST 1w4 swallow strategies" (session s67-d's class). Skilled speech
therapy is a qualifying need of home health (42 CFR 409.44(c)); the plan's discipline with its
frequency, or what it is for, names it, as "PT 2w4 gait/balance" already did. A bare "SLP eval
and treat", an evaluation's finding, a declined course, a relative's, or the ECG's ST segment is
no need.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _skilled(text: str) -> bool:
    found = find_findings([NoteInput("D/1", text)])
    return any(f.asserted for f in found if f.concept == "skilled-need")


@pytest.mark.parametrize(
    "text",
    [
        "SLP 2w4 for dysphagia, aphasia tx.",
        "ST 1w4 swallow strategies",
        "HH SLP 2x/wk x 4 wks: dysphagia tx, diet texture upgrade",
        "Speech therapy 2w3 for expressive aphasia / word finding.",
        "Home health speech therapy 1x/week x 6 weeks to address dysarthria.",
        "SLP: 1w6 - cognitive-linguistic tx, safe swallow strategies",
        "ST (dysphagia, chin tuck, diet advancement)",
        "SLP 2w2, 1w4 for swallow retraining",
        "HH ST eval and treat for dysphagia after CVA",
        "speech-language pathology 2w4 for aphasia",
    ],
)
def test_a_speech_therapy_plan_with_its_purpose_is_a_skilled_need(text: str) -> None:
    assert _skilled(text), text


@pytest.mark.parametrize(
    "text",
    [
        "HH SLP eval and treat.",
        "SLP evaluation 1/5: swallow WNL, no dysphagia.",
        "Pt declined SLP for dysphagia.",
        "ST elevation 2 mm in V2-V4 for 20 min.",
        "ST depression 1 mm, no chest pain.",
        "Mother had SLP for dysphagia after her stroke.",
        "No SLP needs at this time; swallow functional.",
        "Will consider SLP referral if swallow worsens.",
    ],
)
def test_a_bare_order_a_finding_or_the_st_segment_is_no_skilled_need(text: str) -> None:
    assert not _skilled(text), text
