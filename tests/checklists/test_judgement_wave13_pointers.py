"""Blind wave 13 (AO/lmri-03): an exam line that points at another note is no exam, and an exam
a note restates "per exam on" an earlier day is dated by that day. So is a measure said only to be
"unchanged" (AP/aim-03): it compares with an earlier exam and writes no finding of its own."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.copied import copied_spans
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

WRITTEN = date(2026, 2, 25)


def _exam_findings(text: str) -> list:
    found = find_findings([NoteInput("n", text, WRITTEN, "Progress note")])
    return [f for f in found if f.category == "exam-findings" and f.asserted]


@pytest.mark.parametrize(
    "pointer",
    [
        "Exam: see 4/2 note",
        "Exam: see note from 2/20",
        "PE: per ortho visit 2/20.",
        "Physical exam: refer to PT eval.",
        "Exam: as documented in the 2/20 visit.",
        "Exam: see above.",
        "Exam: unchanged from prior.",
        "Exam unchanged.",
    ],
)
def test_an_exam_line_that_points_elsewhere_is_no_exam(pointer):
    text = f"PA summary for MRI.\n{pointer}\nPlan: MRI L-spine."
    assert _exam_findings(text) == []


@pytest.mark.parametrize(
    "exam",
    [
        "Exam: SLR positive L at 40 degrees.",
        "Exam: see HPI. SLR positive L at 40 degrees.",  # the pointer's statement only
        "Exam: per my exam today, SLR positive L at 40 degrees.",
        "Exam: unchanged from prior, SLR positive L at 40 degrees.",
        "Exam: no change in SLR, positive L at 40 degrees.",
    ],
)
def test_an_exam_with_its_findings_is_an_exam(exam):
    assert _exam_findings(f"Follow-up.\n{exam}\nPlan: MRI.") != []


def test_an_exam_restated_per_an_earlier_exam_is_dated_by_it():
    text = (
        "HPI: f/u leg pain.\n\nExam (per exam on 01/06/2026):\nPHYSICAL EXAM:\nGait: antalgic.\n"
        "SLR: positive L at 40 degrees.\n\nA/P: MRI."
    )
    spans = copied_spans(text, WRITTEN)
    body = "PHYSICAL EXAM:\nGait: antalgic.\nSLR: positive L at 40 degrees."
    assert (body, date(2026, 1, 6)) in [(text[s.start : s.end].strip(), s.written) for s in spans]
    for header in ("Exam (per 1/6/26 visit):", "Physical exam (per note of 01/06/2026):"):
        assert copied_spans(text.replace("Exam (per exam on 01/06/2026):", header), WRITTEN)


def test_a_summary_that_points_at_the_last_exam_is_no_follow_up_exam():
    # The follow-up visit (as_of 2026-03-01, 30-day window) restates the first visit's exam
    # and a coordinator's summary points at it: no exam after the conservative trial.
    first = _note("n1", "2026-01-06", "PHYSICAL EXAM:\nSLR: positive L at 40 degrees.")
    follow = _note(
        "n2",
        "2026-02-20",
        "HPI: f/u, failed PT 6 wks.\n\nExam (per exam on 01/06/2026):\nPHYSICAL EXAM:\n"
        "SLR: positive L at 40 degrees.\n\nA/P: MRI L-spine.",
    )
    summary = _note("n3", "2026-02-25", "PA SUMMARY\nExam: see 2/20 note\nPlan: MRI")
    assert status(record("72148", first, follow, summary), "LMRI-004")["status"] != "met"
    examined = _note("n2", "2026-02-20", "HPI: f/u.\nPHYSICAL EXAM:\nSLR: positive L at 40.")
    assert status(record("72148", first, examined, summary), "LMRI-004")["status"] == "met"


@pytest.mark.parametrize(
    "unchanged",
    [
        "Outcome: pain 6/10 -> 5/10, still painful overhead, ER strength unchanged.",
        "Strength unchanged from last visit.",
        "ROM: unchanged.",
        "Reflexes the same as before.",
    ],
)
def test_a_measure_said_only_to_be_unchanged_is_no_exam_finding(unchanged):
    assert _exam_findings(f"PT DISCHARGE SUMMARY\n{unchanged}\nD/C to HEP.") == []


@pytest.mark.parametrize(
    "measured",
    [
        "ER strength unchanged at 4/5.",
        "Strength 4/5 ER, unchanged.",
        "Effusion unchanged.",  # a sign still there is still a finding
        "ROM flexion 95, unchanged from prior.",
    ],
)
def test_a_measure_given_with_its_value_is_an_exam_finding(measured):
    assert _exam_findings(f"Follow-up.\n{measured}\nPlan: MRI.") != []
