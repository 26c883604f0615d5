"""An exam section re-displayed under its own earlier filing date is that day's exam (blind wave
26, CQ/lmri-03): an MRI order note's 'Physical Exam (last filed 01/06/2026): Lumbar paraspinal
TTP R. SLR + R 60 deg.' met LMRI-004 as an exam within 30 days, though the only visit after the
trial was a telephone call with the exam deferred. Wave 13 read 'Physical Exam (last documented
01/12/2026)'; an EHR says the same with 'last filed', 'charted', 'entered', 'as of', or 'from
visit of'. An exam header dated today, or with no date, stays the note's own."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.copied import copied_spans
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

WRITTEN = date(2026, 3, 10)


def _copied(text: str) -> list[tuple[str, date]]:
    return [(text[s.start : s.end].strip(" :\n"), s.written) for s in copied_spans(text, WRITTEN)]


@pytest.mark.parametrize(
    "header",
    [
        "Physical Exam (last filed 01/06/2026):",
        "Physical Exam (filed 01/06/2026):",
        "Exam (last charted 1/6/26):",
        "PE (entered 01/06/2026):",
        "Physical Exam (as of 01/06/2026):",
        "Exam (from visit of 01/06/2026):",
        "Physical Exam - from encounter on 01/06/2026:",
    ],
)
def test_an_exam_header_with_its_filing_date_is_that_days(header: str) -> None:
    text = f"Indication: sciatica.\n{header} SLR + R 60 deg. Reflexes 2+ symm.\nPlan: MRI."
    restated = f"{header} SLR + R 60 deg. Reflexes 2+ symm."
    assert _copied(text) == [(restated, date(2026, 1, 6))], header


def test_the_restated_section_runs_to_the_next_header() -> None:
    # Every exam statement the order note re-displays, the header's own included, is dated
    # by the filing date, as far as the note's exam section runs.
    text = (
        "ORDER NOTE - MRI lumbar\nIndication: R sciatica, failed 6 wks PT.\n"
        "Physical Exam (last filed 01/06/2026): Lumbar paraspinal TTP R. SLR + R 60 deg.\n"
        "Reflexes 2+ symm. Sensation intact.\nA/P: MRI L-spine w/o."
    )
    exam = [
        f for f in find_findings([NoteInput("D/1", text, WRITTEN)]) if f.category == "exam-findings"
    ]
    assert exam and all(f.copied_from == date(2026, 1, 6) for f in exam)


@pytest.mark.parametrize(
    "header",
    [
        "Physical Exam (03/10/2026):",
        "Physical Exam:",
        "Physical Exam (filed today):",
    ],
)
def test_an_exam_of_the_notes_own_day_stays(header: str) -> None:
    text = f"Indication: sciatica.\n{header} SLR + R 60 deg.\nPlan: MRI."
    assert _copied(text) == [], header
