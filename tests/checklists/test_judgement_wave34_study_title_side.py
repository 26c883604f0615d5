"""A study title that opens a statement gives its film's side and its findings' joint.

Blind wave 34, DX/tsa-02: a right total shoulder arthroplasty whose record holds two pasted
films, "XR SHOULDER LEFT 3 VIEWS: severe glenohumeral OA" and "XR SHOULDER RIGHT 3 VIEWS: mild
AC arthrosis". EHR study names write the side after the region, as report titles do
(regions.study_regions), so the first is a left film, no evidence for the right joint; and a
finding after the title's colon is about the joint its own words name (the AC joint), not the
whole shoulder the title names, so it is no glenohumeral arthritis.
"""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_VISIT = "Right shoulder pain 14 months, PT and naproxen failed. Plan: right TSA."


def _tsa001(*films: str) -> str:
    notes = [_note(f"xr{i}", "2026-02-01", text) for i, text in enumerate(films)]
    bundle = record("23472", _note("v", "2026-02-10", _VISIT), *notes, reason="M19.011")
    return status(bundle, "TSA-001")["status"]


def _regions(text: str, concept: str) -> set[frozenset[str]]:
    return {f.regions for f in find_findings([NoteInput("n", text)]) if f.concept == concept}


@pytest.mark.parametrize("side", ["LEFT", "Lt", "left"])
def test_the_side_after_the_region_of_a_study_title_is_the_film_s(side: str) -> None:
    text = f"MRI Shoulder {side} w/o contrast: advanced glenohumeral osteoarthritis."
    (regions,) = _regions(text, "oa-findings")
    assert "glenohumeral:left" in regions


def test_a_film_of_the_other_shoulder_is_no_evidence_for_this_one() -> None:
    left = "XR SHOULDER LEFT 2 VIEWS: Advanced glenohumeral arthritis, bone-on-bone."
    right_ac = "XR SHOULDER RIGHT 2 VIEWS: Mild acromioclavicular arthrosis. No fracture."
    assert _tsa001(left, right_ac) == "missing"


def test_a_film_of_this_shoulder_still_counts() -> None:
    right = "XR SHOULDER RIGHT 2 VIEWS: Advanced glenohumeral arthritis, bone-on-bone."
    assert _tsa001(right) == "met"
    # The title names only the shoulder: its finding is the shoulder's, as before.
    assert _tsa001("XR SHOULDER RIGHT 2 VIEWS: Severe osteoarthritis.") == "met"


def test_a_colon_in_a_time_ends_no_clause() -> None:
    (regions,) = _regions(
        "XR R shoulder at 10:30: severe glenohumeral osteoarthritis.", "oa-findings"
    )
    assert "glenohumeral:right" in regions
