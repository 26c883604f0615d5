"""A therapy document's line of the course's dates is that therapy, dated by them (brief s70-h,
blind wave 78 KN/advanced-imaging-other-01).

A faxed "PHYSICAL THERAPY DISCHARGE SUMMARY" gave its course as "Visits: 11 attended, ..." on one
line and "Dates of care: 01/13/2026 - 02/25/2026" on the next. The count line was read as the
PT (statements.py reads a therapy document's course line by its session count), but the dates
line names no therapy and counts no visit, so the PT was dated only by the fax (2/27) and the
six weeks of AIM-003 were seven days. The course's dates under their own label ("Dates of
service:", "Treatment dates", "DOS", "Start of care", "Discharge date", "Episode of care") are
the therapy's, in a therapy's own document only, and only days already past when it was written;
a date of injury, a referral, a certification period or a next visit is no care.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

_DAY = dt.date(2026, 2, 27)
_HEAD = "PHYSICAL THERAPY DISCHARGE SUMMARY            Page 1 of 2\nMiami Valley Rehab\n"


def _therapy_days(line: str, head: str = _HEAD, title: str = "Outside PT summary") -> set:
    """The days the therapy findings of ``line`` (under ``head``) are dated by."""
    text = head + line + "\nOutcome: pain 6/10 -> 5/10.\n"
    at = text.index(line)
    found = find_findings([NoteInput("D/1", text, _DAY, title)])
    return {
        day for f in found
        if f.category == "conservative-treatment" and f.start >= at and not f.negated
        for day in f.dates
    }  # fmt: skip


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Dates of care: 01/13/2026 - 02/25/2026", dt.date(2026, 1, 13)),
        ("Dates of service: 1/13/26-2/25/26", dt.date(2026, 1, 13)),
        ("Treatment dates 01/13/2026 to 02/25/2026", dt.date(2026, 1, 13)),
        ("DOS: 01/13/2026 - 02/25/2026", dt.date(2026, 1, 13)),
        ("Start of care: 01/13/2026    Discharge date: 02/25/2026", dt.date(2026, 1, 13)),
        ("SOC 1/13/2026", dt.date(2026, 1, 13)),
        ("Episode of care: 01/13/2026 through 02/25/2026", dt.date(2026, 1, 13)),
        ("Date of discharge: 02/25/2026", dt.date(2026, 2, 25)),
        ("Dates 0f care: 01/13/2026 - 02/25/2026", dt.date(2026, 1, 13)),  # OCR's 0 for o
        ("Treatment period: 1/13/2026 - 2/25/2026", dt.date(2026, 1, 13)),
    ],
)
def test_a_therapy_documents_course_dates_are_the_therapys(line: str, day: dt.date) -> None:
    assert day in _therapy_days(line), line


@pytest.mark.parametrize(
    "line",
    [
        "Date of injury: 12/28/2025",
        "Referral date: 01/05/2026",
        "Certification period: 01/13/2026 - 04/12/2026",
        "Next visit: 03/05/2026",
        "Date of surgery: 11/03/2025",
        "Dates of care: 03/02/2026 - 04/10/2026",  # after the document: not had
        "DOB 08/14/1979",
    ],
)
def test_other_dates_of_a_therapy_document_are_no_care(line: str) -> None:
    assert not _therapy_days(line), line


def test_course_dates_outside_a_therapy_document_name_no_therapy() -> None:
    head = "Orthopedic Follow-up\nR knee pain since late Dec.\n"
    assert not _therapy_days("Dates of care: 01/13/2026 - 02/25/2026", head, "Ortho visit")
