"""An SLP evaluation titled with its setting between the discipline and the word ("SLP
Outpatient Evaluation", "Speech-language inpatient eval") is the evaluation done (brief s68-h,
blind wave 72, JM/therapy-speech-language-02: a note headed "SLP Outpatient Evaluation" with a
bedside screen, goals and a plan read as no evaluation). A standardized test deferred within it
defers the test, not the evaluation. One referred for, scheduled or absent is still none.
"""

from __future__ import annotations

import pytest
from stated_findings import stated

_WHOLE_NOTE = (
    "SLP Outpatient Evaluation\n75M L MCA stroke 2/2026. Wife reports he can't order at a "
    "restaurant.\nBedside screen: naming 4/10 objects, follows 1-step commands.\n"
    "Standardized testing: WAB-R deferred - fatigue; to be administered at first tx session.\n"
    "Goals: 1) name 20 functional items 80%.\nPlan: group aphasia therapy 2x/wk x 8 wks."
)


@pytest.mark.parametrize(
    "text",
    [
        _WHOLE_NOTE,
        "SLP Outpatient Evaluation - 5/12/26",
        "slp outpt eval: mild dysarthria, intelligibility 80%",
        "Speech-language outpatient evaluation completed today.",
        "Speech therapy outpatient evaluation: moderate expressive aphasia.",
        "SLP inpatient evaluation 3/1: pharyngeal dysphagia.",
        "Outpatient Speech Language Comprehensive Evaluation",
        "SLP home health evaluation done 3/2.",
        "Language comprehensive assessment - receptive delay noted",
    ],
)
def test_an_slp_evaluation_titled_by_its_setting_is_one_held(text: str) -> None:
    assert stated(text, "slp-evaluation"), text


@pytest.mark.parametrize(
    "text",
    [
        "SLP outpatient evaluation scheduled 6/2.",
        "Refer for SLP outpatient evaluation.",
        "No SLP outpatient eval on file.",
        "Will schedule speech-language comprehensive evaluation.",
        "Outpatient SLP follow-up: tolerating thin liquids.",
    ],
)
def test_one_to_come_or_absent_is_not(text: str) -> None:
    assert not stated(text, "slp-evaluation"), text
