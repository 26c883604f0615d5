"""Exams that blind wave 35 showed were not made when or as the note says (DY/lmri-03, EB/kas-02).

An exam carried forward under its header ("Exam: [copied from 05/01/2026] SLR + L ...") was
made on the day it names, the whole statement, not only the words after the marker; and a line
under the exam header saying the patient was not seen that day ("Pt not seen in office today")
is no exam. A knee exam that reads McMurray and Lachman negative after a "no effusion" that also
reached them found them negative all the same: mild joint-line tenderness beside them is no sign
of a mechanical lesion (KAS-002).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

_FIRST = _note(
    "n1", "2026-04-02",
    "S: R buttock and calf pain since March. O: SLR + R 45 deg, R ankle jerk absent, EHL 5/5. "
    "A/P: R S1 radiculopathy. Meloxicam 15 daily, PT referral.",
)  # fmt: skip


def _lmri_exam(second: str) -> str:
    order = {"authoredOn": "2026-06-08", "occurrenceDateTime": "2026-06-15"}
    bundle = record("72148", _FIRST, _note("n2", "2026-06-08", second), order=order)
    return status(bundle, "LMRI-004", as_of=date(2026, 6, 9))["status"]


def test_an_exam_copied_under_its_header_and_no_visit_is_no_recent_exam() -> None:
    said = (
        "Imaging request. PT 6 wks done, meloxicam since 4/2, no better.\n"
        "Exam: [copied from 04/02/2026] SLR + R 45 deg, R ankle jerk absent, EHL 5/5.\n"
        "Patient not seen in clinic today - ordered per therapist's discharge summary.\n"
        "Plan: MRI L-spine."
    )
    assert _lmri_exam(said) == "missing"


def test_an_exam_made_today_still_counts() -> None:
    said = (
        "Imaging request. PT 6 wks done, meloxicam since 4/2, no better.\n"
        "Exam: SLR + R 40 deg, R ankle jerk absent, EHL 5/5.\n"
        "Plan: MRI L-spine."
    )
    assert _lmri_exam(said) == "met"


def _exam_sections(text: str) -> list[str]:
    found = find_findings([NoteInput("DocumentReference/x", text, date(2026, 6, 8))])
    return [f.text for f in found if f.concept == "exam-section" and not f.copied_from]


@pytest.mark.parametrize(
    "line",
    [
        "Pt not seen in office today - refill per pharmacy request.",
        "Patient was not seen today (order signed per PT report).",
        "Did not see the patient - chart review only.",
    ],
)
def test_a_line_saying_the_patient_was_not_seen_is_no_exam(line: str) -> None:
    assert not _exam_sections(f"Exam:\n{line}\nPlan: MRI.")


def test_an_exam_line_naming_a_finding_not_seen_is_still_an_exam() -> None:
    assert _exam_sections("Exam: no rash seen, SLR neg bilat, strength 5/5.\nPlan: MRI.")


def _kas_exam(exam: str) -> str:
    note = _note(
        "n1", "2026-05-10",
        f"HPI: 60M R knee pain 6 mo, worse on stairs. PT 8 wks, naproxen 500 BID, no better.\n"
        f"Exam: {exam}\nA/P: R knee OA, plan arthroscopic chondroplasty.",
    )  # fmt: skip
    order = {"authoredOn": "2026-05-10", "occurrenceDateTime": "2026-05-30"}
    bundle = record("29877", note, reason="M17.11", order=order)
    return status(bundle, "KAS-002", as_of=date(2026, 5, 12))["status"]


def test_negative_tests_under_a_lists_no_leave_tenderness_no_mechanical_sign() -> None:
    exam = "no effusion, McMurray neg, Lachman neg, no locking, ROM 0-120, medial JLT mild."
    assert _kas_exam(exam) == "missing"


def test_tenderness_beside_a_positive_test_is_still_a_sign() -> None:
    assert _kas_exam("no effusion, McMurray pos medially, Lachman neg, medial JLT.") == "met"


def test_a_copy_marker_right_after_the_header_dates_the_whole_exam_statement() -> None:
    text = "Exam: [copied from 04/02/2026] SLR + R 45 deg, EHL 5/5.\nPlan: MRI."
    found = find_findings([NoteInput("DocumentReference/x", text, date(2026, 6, 8))])
    sections = [f for f in found if f.concept == "exam-section"]
    assert sections and all(f.copied_from == date(2026, 4, 2) for f in sections)
