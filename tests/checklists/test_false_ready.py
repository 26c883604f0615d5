"""Classes of record once judged "met" although the payer would find the gap (a false "ready"
gets the request denied): evidence about the other side, care that did not happen."""

from __future__ import annotations

from datetime import date

from smartapp.checklists.laterality import planned_sides
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

IMAGING = {"type": {"coding": [{"system": "http://loinc.org", "code": "18748-4"}]}}


def _plan_findings(ref: str, text: str) -> list:
    return [f for f in find_findings([NoteInput(ref, text)]) if f.category == "treatment-plan"]


def test_an_unsided_order_takes_the_side_of_the_newest_plan_that_gives_one():
    knee = frozenset({"knee"})
    older = _plan_findings("D/old", "Plan: left total knee arthroplasty.")
    newer = _plan_findings("D/new", "Plan: right TKA.")
    dates = {"D/old": date(2025, 6, 1), "D/new": date(2026, 2, 1)}
    assert planned_sides(knee, older + newer, dates, date(2026, 3, 1)) == {"knee", "knee:right"}
    # A plan written after the day checked is not on the record yet.
    assert planned_sides(knee, older + newer, dates, date(2026, 1, 1)) == {"knee", "knee:left"}
    both = _plan_findings("D/new", "Plan: R TKA now, L TKA next year.")
    assert planned_sides(knee, both, dates, date(2026, 3, 1)) == knee  # no guess
    bilateral = _plan_findings("D/new", "Plan: bilateral TKA.")
    assert planned_sides(knee, bilateral, dates, date(2026, 3, 1)) == {"knee", "knee:bilateral"}
    sided = frozenset({"knee", "knee:left"})  # the order's own side is never overridden
    assert planned_sides(sided, newer, dates, date(2026, 3, 1)) == sided


def _tka(plan: str, film: str):
    film_report = _note("xr", "2026-01-20", film, extra=IMAGING)
    visit = _note("n1", "2026-02-20", f"A: primary OA knee, end stage.\nP: {plan}")
    return record("27447", film_report, visit, reason="M17.10")


def test_a_film_of_the_other_knee_is_no_radiograph_for_a_one_sided_plan():
    other = _tka("Right TKA.", "XR LEFT knee: moderate joint space narrowing, osteophytes.")
    assert status(other, "TKA-001")["status"] == "missing"
    same = _tka("Left TKA.", "XR LEFT knee: moderate joint space narrowing, osteophytes.")
    assert status(same, "TKA-001")["status"] == "met"
    unsided = _tka("Right TKA.", "XR knee: moderate joint space narrowing, osteophytes.")
    assert status(unsided, "TKA-001")["status"] == "met"
    both = _tka("Right TKA.", "XR bilateral knees: moderate joint space narrowing, osteophytes.")
    assert status(both, "TKA-001")["status"] == "met"
