"""An outside study report filed on the day it came in is dated by the exam date its header gives
(laid bare in blind wave 17: AK/spine-04 and AS/spine-04 had only a 16- and a 15-month-old MRI,
faxed or pasted in this year, and met SPS-002 once SPS-007 no longer applied to a cervical fusion).
A study date in a report header ('DATE OF EXAM: 12/03/2024', 'MRI C-SPINE W/O   DOS 06/11/2025')
dates the report's findings; a clinic note's 'DOS' with no study named, a study dated in the HPI,
and a header date on the filing day are not moved."""

from __future__ import annotations

import datetime as dt

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_FAXED = (
    "*** OUTSIDE RECORDS RECEIVED VIA FAX 02/20/2026 - scanned by HIM ***\n"
    "FROM: Tri-County Open MRI  FAX 330-555-0402   PAGE 2 OF 3\n"
    "PATIENT: DOE, JOHN  DOB 05/30/1963\n"
    "EXAM: MRI CERVICAL SPINE W/O CONTRAST   DATE OF EXAM: 12/03/2024\n"
    "FINDINGS: C5-6 disc osteophyte complex with severe left foraminal stenosis.\n"
    "IMPRESSION: C5-6 disc osteophyte complex with severe left foraminal stenosis.\n"
)
_PASTED = (
    "MIAMI VALLEY IMAGING\n"
    "MRI C-SPINE W/O   DOS 06/11/2024\n"
    "IMPRESSION: C5-6 disc osteophyte complex with severe canal stenosis, cord flattening.\n"
)


def _dates(text: str, concept: str, when: dt.date) -> set[dt.date | None]:
    found = find_findings([NoteInput("D/1", text, when)])
    return {f.copied_from for f in found if f.concept == concept and f.asserted}


def test_a_report_header_dates_the_report():
    when = dt.date(2026, 2, 20)
    assert _dates(_FAXED, "spine-imaging-lesion", when) == {dt.date(2024, 12, 3)}
    assert _dates(_PASTED, "spine-imaging-lesion", when) == {dt.date(2024, 6, 11)}


def test_a_visit_date_or_a_study_named_in_the_hpi_is_no_report_header():
    when = dt.date(2026, 2, 20)
    visit = (
        "Spine clinic DOS 02/18/2026\nHPI: neck pain.\n"
        "MRI C-spine from 12/03/2024 shows C5-6 severe stenosis."
    )
    assert None in _dates(visit, "spine-imaging-lesion", when)
    today = "MRI CERVICAL SPINE  DATE OF EXAM: 02/20/2026\nIMPRESSION: C5-6 severe canal stenosis."
    assert _dates(today, "spine-imaging-lesion", when) == {None}
    order = "Power wheelchair order.\nface-to-face exam date: 2026-01-12\nlength of need: 99 months"
    assert _dates(order, "length-of-need", when) == {None}


def test_an_old_outside_mri_filed_this_year_is_no_recent_imaging():
    faxed = _note("fax", "2026-02-20", _FAXED)
    bundle = record("63045", faxed, reason="M50.122")
    assert status(bundle, "SPS-002")["status"] == "missing"
    pasted = _note("mri", "2026-02-20", _PASTED.replace("06/11/2024", "06/11/2025"))
    assert status(record("63045", pasted, reason="M50.122"), "SPS-002")["status"] == "met"
