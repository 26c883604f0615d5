"""An imaging study's title may give its side after the count of views, as LOINC-style names
do ("XR Shoulder 2+ views Left", "XR knee 3 views right"): that film is of that side, and a
left film is no imaging for a right-sided request, whatever its report finds (blind wave 55,
GY/sh-02: the only film, the left shoulder's, stood for a right reverse TSA). Nor does a plan
line that only watches the other shoulder ("L shoulder monitor") give an unsided order its side."""

from __future__ import annotations

import pytest

from smartapp.evidence.regions import study_regions

from .test_judgement import _note, record, status

LOINC = "http://loinc.org"


def _film(title: str, conclusion: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": "xr1",
        "status": "final",
        "category": [{"coding": [{"code": "RAD"}]}],
        "code": {"coding": [{"system": LOINC, "code": "00000-0", "display": title}], "text": title},
        "subject": {"reference": "Patient/p"},
        "effectiveDateTime": "2026-01-20",
        "conclusion": conclusion,
    }


@pytest.mark.parametrize(
    ("title", "side"),
    [
        ("XR Shoulder 2+ views Left", "left"),
        ("XR knee 3 views right", "right"),
        ("XR shoulder minimum 2 views, RT", "right"),
        ("XR Knee 1-2 views (left)", "left"),
    ],
)
def test_the_side_after_the_views_is_the_film_s(title: str, side: str) -> None:
    assert any(r.endswith(f":{side}") for r in study_regions(title))


def test_a_film_of_the_other_shoulder_is_no_imaging_of_this_one() -> None:
    film = _film("XR Shoulder 3 views Left", "Glenohumeral joint space loss, inferior osteophyte.")
    assert status(record("23472", film, reason="M19.011"), "TSA-001")["status"] != "met"


def test_a_film_of_this_shoulder_still_is() -> None:
    film = _film("XR Shoulder 3 views Right", "Glenohumeral joint space loss, inferior osteophyte.")
    assert status(record("23472", film, reason="M19.011"), "TSA-001")["status"] == "met"


def _plan_note(plan: str) -> dict:
    return _note("n1", "2026-01-22", f"76M R>L shoulder pain, pseudoparalysis R.\nA/P: {plan}")


@pytest.mark.parametrize(
    "plan",
    [
        "Plan R reverse TSA (23472). L shoulder monitor.",
        "Plan right reverse TSA. Left shoulder - observe.",
    ],
)
def test_a_side_only_watched_gives_the_order_no_side(plan: str) -> None:
    # The order names no side; the plan asks for the right, and only watches the left shoulder.
    film = _film("XR Shoulder 3 views Left", "Glenohumeral joint space loss, inferior osteophyte.")
    bundle = record("23472", _plan_note(plan), film, reason="M19.019")
    assert status(bundle, "TSA-001")["status"] != "met"


def test_a_side_planned_for_care_still_gives_it() -> None:
    film = _film("XR Shoulder 3 views Left", "Glenohumeral joint space loss, inferior osteophyte.")
    bundle = record("23472", _plan_note("Plan L reverse TSA."), film, reason="M19.019")
    assert status(bundle, "TSA-001")["status"] == "met"
