"""A plan the MRI decides, written in the clause after the order with the study left to a
pronoun: "I placed the MRI order; we'll go over it and decide on injection vs surgery consult."
The plan names no study of its own, but "it" is the MRI of the clause before, as any reader
takes it (blind wave 71, JI/lumbar-mri-03, brief s68-a; elided_subject.py reads the clause
before a plan that opens on a bare "will determine" the same way). A conditional plan still
states the plan. Not a plan whose "it" follows no study, nor the patient's own deciding.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _plan(text: str) -> str:
    bundle = record("72148", _note("n1", "2026-02-20", f"LBP with R sciatica after PT. {text}"))
    return status(bundle, "LMRI-007")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "I placed the MRI order; we'll go over it and decide on injection vs surgery consult.",
        "MRI L-spine ordered; we will review it and decide between ESI and surgical referral.",
        "Lumbar MRI ordered; I'll go over it with him and we'll decide on ESI vs neurosurgery.",
        "MRI ordered. We'll go over it and decide on injection vs surgery consult.",
        "Ordering MRI lumbar spine; once it's back, will decide on ESI vs surgery consult.",
        "MRI w/o contrast; when it's done we'll decide on epidural vs surg referral.",
        "mri ordered; well go over it + decide on inj vs surgery consult",
    ],
)
def test_a_plan_said_of_the_mri_by_a_pronoun_is_the_mri_s_plan(text):
    assert _plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Continue PT; we'll go over it and decide on injection vs surgery consult.",
        "PT helped some. We'll go over it and decide on injection vs surgery consult.",
        "MRI ordered; we'll see how she does.",
        "MRI ordered; patient will go over it with her husband and decide on whether to proceed.",
    ],
)
def test_a_pronoun_that_follows_no_study_is_no_mri_plan(text):
    assert _plan(text) != "met"
