"""How the result changes therapy, written in the order's note (blind wave 24, CH/aim-03): "If
new enhancing / T2 lesions -> switch DMT from dimethyl fumarate to ocrelizumab." The conditional
was found, but the statement had to name the study's finding, and "lesions" (plural), "enhancing"
or "T2" were not words the list knew. The findings a study may show are named singular or
plural; "will switch to X based on MRI" ties the change to the study as "depending on" does. A
conditional about no finding of the study, a change already made, or a diagnosis "based on MRI"
is still no plan that depends on the result."""

from __future__ import annotations

import pytest

from .test_judgement import record, status


def _plan(text: str, reason: str = "G35.A") -> str:
    order = {"note": [{"text": f"MRI brain w/wo - new sensory sx. {text}"}]}
    return status(record("70553", reason=reason, order=order), "AIM-004")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "If new enhancing / T2 lesions -> switch DMT from dimethyl fumarate to ocrelizumab.",
        "If new lesions, escalate DMT to natalizumab.",
        "New T2 or enhancing lesions = breakthrough disease -> escalate therapy.",
        "Will switch to ocrelizumab based on MRI.",
        "Plan to escalate DMT depending on the MRI.",
        "If masses are seen, refer to surgery.",
        "Will escalate DMT if new T2 lesions.",
        "New lesions on MRI would prompt a switch to ocrelizumab.",
    ],
)
def test_a_change_of_therapy_that_depends_on_the_study(text):
    assert _plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "If worse, pt to call clinic.",
        "Switched to ocrelizumab in 2023 based on MRI.",
        "MS diagnosed 2022 based on MRI and CSF.",
        "Continue dimethyl fumarate.",
        "Will start gabapentin if pain persists.",
        "MRI will require sedation.",
        "New lesions on the 2024 MRI prompted a switch to ocrelizumab.",
    ],
)
def test_no_change_that_depends_on_the_study(text):
    assert _plan(text) == "missing"


def test_an_agreement_made_on_an_old_study_is_no_plan_that_waits_for_this_one():
    assert _plan("Agreed in 2022 to start DMT based on MRI.") == "missing"
