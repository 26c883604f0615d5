"""A film dated to a day, naming its joint but not its side, is the report on file that day
(blind wave 21, BW/tka-03). A right TKA's ortho note said "IMAGING: XR knee 8/25/26 reviewed -
mild OA." The only radiograph of 8/25/26 on file is of the LEFT knee; the right knee's film is
14 months old. Wave 13's films_of_the_day took a statement naming no region as the day's report,
but "XR knee" names the knee, so it stood as a right-knee film. A statement that names the
joint but no side is the day's report of that joint: when every such report is of the other
side, it is no film of the order's side. A statement that gives its side, a day with a report
of the order's side, or a day with no report of that joint, keeps the statement as written."""

from __future__ import annotations

import pytest

from smartapp.evidence.regions import study_regions

from .test_judgement import _note, record, status


def _report(ident: str, when: str, title: str, conclusion: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": ident,
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "category": [
            {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "RAD"}]}
        ],
        "code": {"coding": [{"system": "http://loinc.org", "code": "18748-4"}], "text": title},
        "effectiveDateTime": when,
        "conclusion": conclusion,
    }


_OLD_RIGHT = _report("dr-1", "2024-12-10", "XR Knee Right 3 views", "Right knee OA, moderate.")
_NEW_LEFT = _report("dr-2", "2026-02-16", "XR Knee Left 3 views", "Mild OA left knee.")
_NEW_RIGHT = _report("dr-3", "2026-02-16", "XR Knee Right 3 views", "Moderate OA right knee.")


def _tka(said: str, *reports: dict) -> str:
    note = _note("doc-7", "2026-02-20", f"Ortho clinic. R knee pain x 3 yrs.\n{said}\nPlan R TKA.")
    bundle = record("27447", *reports, note, reason="M17.11")
    return status(bundle, "TKA-001")["status"]


@pytest.mark.parametrize(
    "said",
    [
        "IMAGING: XR knee 2/16/26 reviewed - mild OA.",
        "Knee x-rays 2/16/2026: mild OA.",
        "XR knee (2/16) reviewed, mild medial OA.",
    ],
)
def test_the_days_film_of_the_other_knee_is_no_film_of_this_one(said):
    assert _tka(said, _OLD_RIGHT, _NEW_LEFT) == "missing"


def test_a_film_of_this_knee_that_day_still_counts():
    said = "IMAGING: XR knee 2/16/26 reviewed - moderate OA."
    assert _tka(said, _OLD_RIGHT, _NEW_LEFT, _NEW_RIGHT) == "met"


def test_a_statement_that_gives_its_side_stands():
    assert _tka("IMAGING: XR R knee 2/16/26 - moderate OA.", _OLD_RIGHT, _NEW_LEFT) == "met"


def test_with_no_report_that_day_the_statement_stands():
    assert _tka("IMAGING: XR knee 2/16/26 reviewed - mild OA.", _OLD_RIGHT) == "met"


def test_a_study_title_gives_its_side_after_the_region():
    assert "knee:left" in study_regions("XR Knee Left 3 views")
    assert "knee:right" in study_regions("MRI KNEE RT W/O CONTRAST")
    assert "knee:left" in study_regions("Knee (left) 2 views")
    assert study_regions("XR knee 3 views") == frozenset({"knee"})
    # The side before the next region is that region's: "pelvis, left hip" is no left pelvis.
    assert not any(r.endswith(":left") for r in study_regions("XR pelvis, left hip") - {"hip:left"})


def test_films_reviewed_take_the_date_of_this_sides_film_only():
    """An undated 'X-rays reviewed' is the film on file (wave 20): when the newest is one whose
    title alone gives the other side ('XR Knee Left 3 views', its conclusion unsided), the
    statement is no film of this knee."""
    left = _report("dr-2", "2026-02-16", "XR Knee Left 3 views", "Mild OA. No fracture.")
    assert _tka("IMAGING: X-rays reviewed - moderate OA.", _OLD_RIGHT, left) == "missing"
    assert _tka("IMAGING: X-rays reviewed - moderate OA.", _OLD_RIGHT, _NEW_RIGHT) == "met"


def test_films_reviewed_are_dated_by_this_sides_film():
    """So the statement takes the date of the newest film of the order's side instead: the right
    knee's film of June 2025 (its report gives no reading) is within the 12 months."""
    right = _report("dr-1", "2025-06-01", "XR Knee Right 3 views", "Three views obtained.")
    left = _report("dr-2", "2026-02-16", "XR Knee Left 3 views", "Mild OA. No fracture.")
    assert _tka("IMAGING: X-rays reviewed - moderate OA.", right, left) == "met"
