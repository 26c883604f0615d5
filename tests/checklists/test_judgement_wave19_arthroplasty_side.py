"""A shoulder arthroplasty's abbreviation names the joint (blind wave 19, BP/tsa-02): a request
for 23472 (no side in the code) whose note plans "R reverse TSA" met TSA-001 by a radiograph of
the LEFT shoulder, because "TSA" named no region and the order took no side from the plan. TKA and
THA already name the knee and hip; a film of the planned side, or a plan naming no side, still
counts."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.evidence.regions import regions_in_text
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


@pytest.mark.parametrize(
    "text", ["R reverse TSA", "Plan: right rTSA", "Proceed with R TSR", "R TSA 3/5"]
)
def test_a_shoulder_arthroplasty_abbreviation_names_the_joint_and_side(text):
    assert "glenohumeral:right" in regions_in_text(text), text


def _report(side: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": "xr1",
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "code": {"text": f"XR shoulder {side} 2 views"},
        "effectiveDateTime": "2026-01-22",
        "conclusion": f"{side.upper()} shoulder: severe glenohumeral osteoarthritis, "
        "joint space loss and osteophytes.",
    }


def _tsa(side: str, plan: str) -> str:
    note = _note("n1", "2026-02-05", f"R shoulder pain since 2025.\nPlan: {plan}")
    bundle = record("23472", _report(side), note, reason="M19.011")
    report = score_bundle(bundle, as_of=date(2026, 2, 9))
    return {i["id"]: i for i in report["items"]}["TSA-001"]["status"]


def test_a_film_of_the_other_shoulder_is_no_film_of_the_planned_one():
    assert _tsa("left", "R reverse TSA.") != "met"


def test_a_film_of_the_planned_shoulder_still_counts():
    assert _tsa("right", "R reverse TSA.") == "met"
    assert _tsa("right", "reverse TSA.") == "met"
