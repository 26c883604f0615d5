"""An outside report whose title line ends with the exam date is dated by it (blind wave 18,
BI/tsa-02). A faxed 'XR R shoulder 02/11/2025: ... Impression: rotator cuff tear arthropathy'
filed in 2026 is a 15-month-old radiograph, not this year's imaging; wave 17 read only labelled
study dates ('DATE OF EXAM:', 'DOS'). A clinic note's 'Imaging: X-ray 1/5/2026 ...' line, a
title without a date and a study whose date comes after a count ('XR 2 views') are not moved."""

from __future__ import annotations

import datetime as dt

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.report_headers import study_dated_reports

_FAX = (
    "FAXED OUTSIDE RECORDS - Lakeshore Orthopedics (rec'd 03/2026)\n"
    "XR R shoulder 02/11/2025: superior migration of humeral head, acromiohumeral interval 3 mm. "
    "Impression: rotator cuff tear arthropathy (Hamada 4).\n"
)
_WHEN = dt.date(2026, 3, 20)


def test_a_dated_title_dates_the_report():
    found = find_findings([NoteInput("D/1", _FAX, _WHEN)])
    dates = {f.copied_from for f in found if f.concept == "cuff-arthropathy" and f.asserted}
    assert dates == {dt.date(2025, 2, 11)}
    titled = "MRI LUMBAR SPINE 10/02/2025\nIMPRESSION: Mild L5-S1 degenerative disc disease."
    assert study_dated_reports(titled, _WHEN)[0][2] == dt.date(2025, 10, 2)
    assert study_dated_reports("CT CHEST W/O CONTRAST 01/02/2026\nNo nodule.", _WHEN)


def test_lines_that_are_no_dated_title():
    assert not study_dated_reports("Imaging: X-ray 1/5/2026 left glenohumeral OA.", _WHEN)
    assert not study_dated_reports("Ortho 3/18/26\nXR R shoulder today: OA.", _WHEN)
    assert not study_dated_reports("XR 2 views R shoulder 02/11/2025: OA", _WHEN)
    assert not study_dated_reports("MRI L-spine 03/20/2026: protrusion", _WHEN)


def test_a_sentence_about_a_study_is_no_title():
    hpi = "MRI C-spine from 12/03/2024 shows C5-6 severe stenosis."
    assert not study_dated_reports(hpi, _WHEN)
    assert not study_dated_reports("XR R shoulder 02/11/2025 showed CTA", _WHEN)
