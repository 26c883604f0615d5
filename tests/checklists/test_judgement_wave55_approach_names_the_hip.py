"""The approach names the joint (blind wave 55): a dictated plan "left total hop replacement,
posterior approach" has lost the joint's word, but a total replacement by the anterior,
posterior or lateral approach is a hip's (a knee is opened by a parapatellar or vastus
approach, a shoulder by a deltopectoral one). The slip alone, with no approach, is read too since
blind wave 60 (HU/hip-03; test_s54e_hip_slip.py): a short garbled word before
"replacement" is the hip the checklist reads it for."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _hip_plan(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text)])
    return any(f.concept == "hip-replacement-plan" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: left total hop replacement, posterior approach.",
        "Total joint arthroplasty via direct anterior approach.",
        "R total hi replacement - anterolateral approach.",
    ],
)
def test_a_total_replacement_by_a_hip_approach(text):
    assert _hip_plan(text)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: L total knee arthroplasty, medial parapatellar approach.",
        "Total shoulder arthroplasty, deltopectoral approach.",
        "ACDF C5-6 via anterior approach.",
    ],
)
def test_no_hip_replacement_read(text):
    assert not _hip_plan(text)


def _hip_record(plan: str):
    text = (
        "Ortho clinic (dictated)\nL hip pain 2 yrs despite PT, naproxen and an injection.\n"
        f"X-rays: severe L hip OA.\nPlan: {plan} Expect pain relief and return to walking."
    )
    return record("27130", _note("n1", "2026-02-20", text), reason="M16.12")


def test_a_hip_plan_by_its_approach_is_the_surgical_plan():
    bundle = _hip_record("left total hop replacement, posterior approach.")
    assert status(bundle, "THA-005")["status"] == "met"


def test_a_knee_by_the_same_approach_is_no_hip_plan():
    bundle = _hip_record("left total knee replacement, anterior approach.")
    assert status(bundle, "THA-005")["status"] != "met"
