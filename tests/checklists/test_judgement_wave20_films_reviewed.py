"""Films "reviewed" in a visit note are the film on file, dated by it (blind wave 20, BR/hip-02).

A February 2026 ortho note's "Imaging: X-rays reviewed - severe L hip OA." met the hip
arthroplasty's 12-month imaging item dated by the note, though the only radiograph on record was
the left hip film of 2024-12-03 (14.5 months old) and new films were only planned. A reviewer
reading "X-rays reviewed" beside a film on file and nothing newer reads the old film: the note
says it looked at films, not that any were taken. Wave 13's restated studies (films.py: "have
confirmed", "showed", "prior films") now take "reviewed" as well. A film taken in clinic that day
("obtained today and reviewed") keeps the note's date, and with no film on file, or one of the
same day, the note's own read stands (an office X-ray read the day it is taken)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _report(when: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": "dr-3",
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "category": [
            {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "RAD"}]}
        ],
        "code": {
            "coding": [{"system": "http://loinc.org", "code": "18748-4"}],
            "text": "XR Left hip 2 views",
        },
        "effectiveDateTime": when,
        "issued": f"{when}T18:00:00Z",
        "conclusion": "Left hip: moderate-severe joint space narrowing, osteophytes.",
    }


def _tha(*resources: dict) -> str:
    return status(record("27130", *resources, reason="M16.12"), "THA-001")["status"]


@pytest.mark.parametrize(
    "said",
    [
        "Imaging: X-rays reviewed - severe L hip OA.",
        "Imaging: reviewed XR L hip - severe OA, bone on bone.",
        "Radiographs of the L hip were reviewed: severe OA.",
        "Review of L hip x-rays: severe OA with joint space loss.",
    ],
)
def test_films_reviewed_beside_an_old_film_are_that_film(said):
    note = _note("doc-7", "2026-02-09", f"Ortho clinic. L hip pain x 2 yrs.\n{said}\nPlan L THA.")
    assert _tha(_report("2024-12-03"), note) == "missing"  # the film on file is 15 months old


@pytest.mark.parametrize(
    "said",
    [
        "Imaging: X-rays obtained today and reviewed - severe L hip OA.",
        "Imaging: XR L hip taken in clinic, reviewed - severe OA.",
        "Imaging: X-rays L hip 2/9/2026 reviewed - severe OA.",
    ],
)
def test_films_of_the_day_keep_the_notes_date(said):
    note = _note("doc-7", "2026-02-09", f"Ortho clinic. L hip pain x 2 yrs.\n{said}\nPlan L THA.")
    assert _tha(_report("2024-12-03"), note) == "met"


def test_with_no_older_film_the_notes_read_stands():
    said = "Ortho clinic. L hip pain x 2 yrs.\nImaging: X-rays reviewed - severe L hip OA.\n"
    assert _tha(_note("doc-7", "2026-02-09", said)) == "met"  # office film, no separate report
    assert _tha(_report("2026-02-09"), _note("doc-7", "2026-02-09", said)) == "met"
