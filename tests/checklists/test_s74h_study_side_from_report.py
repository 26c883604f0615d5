"""A note's study named without its side is the record's report of that modality and date
(s74-h; blind wave 86, LS/kas-03).

A right-knee scope's note read: 'Imaging: "MRI shows complex lateral meniscus tear" (see
11/2025 report); R xray mild OA.' The only MRI on file, of 11/2/2025, is of the LEFT knee (scoped
elsewhere): the quoted tear is that knee's, no lesion of the right knee. A statement that dates
its study (to the day, or to the month only) and names no side takes the side of the report of
that modality and date when the record holds one; one that names its side, a report of this
side that month, or no report then, keeps the statement as written.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

AS_OF = date(2026, 5, 12)


def _report(ident: str, when: str, title: str, conclusion: str) -> dict:
    return {
        "resourceType": "DiagnosticReport",
        "id": ident,
        "status": "final",
        "subject": {"reference": "Patient/p"},
        "category": [
            {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "RAD"}]}
        ],
        "code": {"coding": [{"system": "http://loinc.org", "code": "24767-6"}], "text": title},
        "effectiveDateTime": when,
        "conclusion": conclusion,
    }


_LEFT_MRI = _report("mri", "2025-11-02", "MRI knee left", "LEFT knee: complex lateral tear.")
_RIGHT_MRI = _report("mri-r", "2025-11-20", "MRI knee right", "Right knee: lateral meniscus tear.")
_RIGHT_XR = _report("xr", "2026-05-01", "XR knee right 3 views", "R knee: mild medial narrowing.")


def _scope(imaging: str, *reports: dict) -> str:
    text = (
        "Ortho. R knee lateral pain/catching since Jan.\n"
        "Exam R: lateral JLT, +McMurray lateral, +Thessaly.\n"
        f"{imaging}\nPlan: R knee scope, partial lateral meniscectomy."
    )
    bundle = record("29881", *reports, _note("n1", "2026-05-11", text), reason="S83.281A")
    return status(bundle, "KAS-001", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "imaging",
    [
        'Imaging: "MRI shows complex lateral meniscus tear" (see 11/2025 report); R xray mild OA.',
        "Imaging: MRI 11/2/25 shows complex lateral meniscus tear.",
        "MRI 11/2025: complex lateral meniscus tear.",
    ],
)
def test_the_dated_study_of_the_other_knee_is_no_result_of_this_one(imaging: str) -> None:
    assert _scope(imaging, _LEFT_MRI, _RIGHT_XR) == "missing"


def test_a_study_that_names_its_side_stands() -> None:
    assert _scope("Imaging: R knee MRI 11/2/25 shows lateral meniscus tear.", _LEFT_MRI) == "met"


def test_a_report_of_this_side_that_month_counts() -> None:
    said = 'Imaging: "MRI shows complex lateral meniscus tear" (see 11/2025 report).'
    assert _scope(said, _LEFT_MRI, _RIGHT_MRI) == "met"


def test_with_no_report_of_that_date_the_statement_stands() -> None:
    said = "Imaging: MRI 2/3/26 shows complex lateral meniscus tear."
    assert _scope(said, _LEFT_MRI) == "met"
