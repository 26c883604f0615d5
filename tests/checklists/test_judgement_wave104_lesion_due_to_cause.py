"""An imaging finding told with its cause is found, not a study owed (blind wave 104, OG/sps-01).

The lumbar MRI's conclusion read "Severe central canal stenosis L4-5 due to facet hypertrophy and
ligamentum flavum thickening": ConText's backward "due" (meant for "MRI due next visit") took the
stenosis as still to come, and SPS-002 found only "negated, planned or family mentions". "Due to"
naming a cause is read for the lesions a study finds as it already was for care and limits
(notes/tolerance.cause_only, READ_LESIONS); a study named before it ("MRI due to progressive
weakness") is the reason one is wanted, and "due next visit", "due to be repeated" stay ahead.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _results(text: str) -> list:
    found = find_findings([NoteInput("D/1", text, date(2026, 2, 20))])
    return [f for f in found if f.category == "diagnostic-results" and f.asserted]


@pytest.mark.parametrize(
    "text",
    [
        # the case's wording
        "Severe central canal stenosis L4-5 due to facet hypertrophy and ligamentum flavum "
        "thickening; mild L3-4. No listhesis.",
        "Moderate L5-S1 foraminal stenosis due to disc bulge and facet arthropathy.",
        "Grade 1 anterolisthesis of L4 on L5 due to bilateral facet arthropathy.",
        "Cord compression at C5-6 due to a large central disc protrusion.",
    ],
)
def test_a_lesion_with_its_cause_is_asserted(text: str) -> None:
    assert _results(text)


@pytest.mark.parametrize(
    "text",
    [
        "No stenosis due to disc or facet disease.",  # denied
        "MRI due next visit to evaluate stenosis.",  # still to come
        "Stenosis due to be re-imaged in 6 months.",  # "due to be": still to come
        "Family history: spinal stenosis due to congenital short pedicles in mother.",
    ],
)
def test_a_lesion_denied_ahead_or_a_relatives_is_not(text: str) -> None:
    lesions = {"spine-imaging-lesion", "spinal-instability"}
    assert not [f for f in _results(text) if f.concept in lesions]


def test_a_study_wanted_for_a_reason_is_no_result() -> None:
    # The study's name before "due to" gives why it is wanted, not that it was done.
    found = _results("MRI lumbar due to progressive weakness.")
    assert not [f for f in found if f.concept == "mri"]


_MRI = (
    "MRI LUMBAR SPINE 02/10/2026. IMPRESSION: Severe central canal stenosis L4-5 due to facet "
    "hypertrophy and ligamentum flavum thickening; mild L3-4. No listhesis."
)
_REPORT = {"type": {"coding": [{"system": "http://loinc.org", "code": "18748-4"}]}}


def test_the_mri_showing_stenosis_due_to_a_cause_meets_sps_002() -> None:
    mri = _note("mri", "2026-02-10", _MRI, extra=_REPORT)
    assert status(record("63047", mri, reason="M48.062"), "SPS-002")["status"] == "met"


def test_a_cervical_lesion_due_to_a_cause_is_no_lumbar_imaging() -> None:
    text = "MRI CERVICAL SPINE 02/10/2026. IMPRESSION: Severe C5-6 stenosis due to disc osteophyte."
    mri = _note("mri", "2026-02-10", text, extra=_REPORT)
    assert status(record("63047", mri, reason="M48.062"), "SPS-002")["status"] == "missing"


def test_a_lesion_due_to_a_cause_on_an_old_mri_is_outside_the_year() -> None:
    mri = _note("mri", "2024-11-10", _MRI.replace("02/10/2026", "11/10/2024"), extra=_REPORT)
    assert status(record("63047", mri, reason="M48.062"), "SPS-002")["status"] == "missing"
