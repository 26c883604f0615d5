"""A study named with the step it is to plan (blind wave 55): "MRI L-spine to plan L L5
transforaminal ESI" says what the result decides, as "will use the MRI to plan" already did;
a study already used or done ("MRI was used to plan", "MRI done 2024 to plan") decides
nothing to come."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _decides(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text)])
    return any(f.concept == "decision-dependent" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "MRI L-spine to plan L L5 transforaminal ESI.",
        "CT abdomen for planning of drainage.",
        "MRI lumbar w/o to plan injection level.",
    ],
)
def test_a_study_to_plan_the_next_step(text):
    assert _decides(text)


@pytest.mark.parametrize(
    "text",
    [
        "MRI was used to plan the injection.",
        "MRI done 2024 to plan surgery.",
        "She wants to plan a trip.",
    ],
)
def test_no_study_to_plan(text):
    assert not _decides(text)


def test_a_lumbar_mri_to_plan_an_injection_says_what_it_decides():
    text = (
        "Spine f/u\nL leg pain to the great toe x 8 wks despite PT.\n"
        "A/P: L L5 radiculopathy. MRI L-spine to plan L L5 transforaminal ESI. Cont HEP."
    )
    bundle = record("72148", _note("n1", "2026-02-26", text), reason="M54.17")
    assert status(bundle, "LMRI-007")["status"] == "met"
