"""A study placed in a past season without a date is the study on file (blind wave 23, CD/kas-02):
a right knee arthroscopy's note of 11/05/2026 said "Imaging: MRI R knee from last fall - complex
medial meniscus tear with displaced flap." The only right-knee MRI on file is of 10/30/2025, a
year and two weeks before the review; the June MRI is of the left knee. films.py dates a
statement that restates a study ("showed", "reviewed", "prior films") by the newest report on
file of its modality and the order's side; "from last fall", "last spring", "this past year"
restate one just as surely. A statement that dates its study, says it was done today, or has
no report on file to restate, stands as written."""

from __future__ import annotations

import pytest

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
        "code": {"text": title},
        "effectiveDateTime": when,
        "conclusion": conclusion,
    }


_OLD_RIGHT = _report("dr-1", "2025-02-20", "MRI Knee Right without contrast",
                     "Complex tear of the medial meniscus.")  # fmt: skip
_NEW_LEFT = _report("dr-2", "2026-01-10", "MRI Knee Left without contrast", "Menisci intact.")


def _kas(said: str, *reports: dict) -> str:
    note = _note("doc-7", "2026-02-25", f"R knee catching and locking.\n{said}\nPlan R scope.")
    bundle = record("29881", *reports, note, reason="M23.221")
    return status(bundle, "KAS-001")["status"]


@pytest.mark.parametrize(
    "said",
    [
        "Imaging: MRI R knee from last fall - complex medial meniscus tear with displaced flap.",
        "MRI R knee last winter: complex medial meniscus tear.",
        "MRI R knee from this past year - medial meniscus tear.",
    ],
)
def test_a_study_from_last_season_is_the_old_study_on_file(said: str) -> None:
    assert _kas(said, _OLD_RIGHT, _NEW_LEFT) == "missing", said


@pytest.mark.parametrize(
    "said",
    [
        "MRI R knee 2/10/2026: complex medial meniscus tear.",
        "MRI R knee: complex medial meniscus tear.",
    ],
)
def test_a_dated_or_plain_study_stands(said: str) -> None:
    assert _kas(said, _OLD_RIGHT, _NEW_LEFT) == "met", said


def test_with_no_report_on_file_the_statement_stands() -> None:
    said = "Imaging: MRI R knee from last fall - complex medial meniscus tear."
    assert _kas(said) == "met"
