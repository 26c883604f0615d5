"""Four exam-findings errors of blind wave 33, each a reading rule.

- The first value of a change is where it started (DQ/bar-02): a dietitian's "lost 9 lb (BMI
  36.1 -> 34.9)" over "Jun-Nov 2025" does not weigh the patient at 36.1 in November; the 36.1 is
  the BMI charted in January 2025, over 12 months before the request, and takes that day as a
  restated reading does (rounded_values.copied_forward).
- A copy marker that is its header's remark copies the header too (DS/lumbar-mri-02): "Exam
  (copied from 9/10/25): ..." is the September exam, the exam section's own finding included,
  not this visit's.
- A bracketed remark between a header and its colon hides no header (DQ/spine-03): "PHYSICAL
  EXAM [macro]:" opens the exam, so the attending's Hoffmann and clonus below it are examined
  signs, not the review of systems above it.
- A facet provocation test is the spine exam of facet pain (DS/pain-spinal-injections-02):
  "Facet loading + bilat L4-S1" documents IPN-004's exam.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.notes.section_headers import header_at

from .test_judgement import _note, record, status
from .test_judgement_wave23_copied_bmi import _HTN, _bmi

# --- BMI: the first value of a change -------------------------------------------------------


def _bar001(summary: str, *observations: dict) -> str:
    dietitian = _note("rd", "2025-12-10", f"Dietitian summary 12/10/2025: {summary}")
    visit = _note("v1", "2026-02-10", "Bariatric clinic 2/10/2026: plan sleeve gastrectomy.")
    bundle = record("43775", *observations, dietitian, visit, _HTN, reason="E66.811")
    return status(bundle, "BAR-001")["status"]


_PROGRAM = "6 supervised visits Jul-Nov 2025, down 8 lb (BMI {start} -> 34.6), plateaued."


@pytest.mark.parametrize("arrow", ["->", "-->", "\u2192"])
def test_the_start_of_a_change_is_the_older_charted_reading(arrow: str) -> None:
    summary = _PROGRAM.format(start="37.2").replace("->", arrow)
    # 37.2 was charted 15 months before the review; 34.6 is today's BMI.
    assert _bar001(summary, _bmi(37.2, "2024-12-02"), _bmi(34.6, "2026-02-10")) != "met"


@pytest.mark.parametrize(
    "observations",
    [
        # The 37.2 was charted within the 12 months: the change started inside the window.
        (_bmi(37.2, "2025-06-20"),),
        # No charted reading dates the start.
        (),
    ],
)
def test_a_start_the_chart_does_not_place_earlier_is_still_no_current_bmi(
    observations: tuple,
) -> None:
    # The arrow's end, 34.6 at the dietitian's summary, is the newest BMI on file (brief
    # s83-cant: these records were "met" with the 37.2 while a bare arrow's start was read).
    assert _bar001(_PROGRAM.format(start="37.2"), *observations) != "met"
    # ... and an end still over the bar with the comorbidity meets it.
    ended_over = _PROGRAM.replace("34.6", "36.4").format(start="37.2")
    assert _bar001(ended_over, *observations) == "met"


@pytest.mark.parametrize(
    "observations",
    [(_bmi(37.2, "2025-06-20"), _bmi(34.6, "2026-02-10")), (_bmi(34.6, "2026-02-10"),)],
)
def test_a_start_inside_the_window_yields_to_the_newer_charted_bmi(observations: tuple) -> None:
    # The 34.6 charted at the visit is the current BMI: BAR-001 judges the newest measured
    # (brief s82-bmi; these records were "met" while any BMI of the 12 months counted).
    assert _bar001(_PROGRAM.format(start="37.2"), *observations) != "met"


def test_a_reading_with_no_arrow_after_it_keeps_its_statement_date() -> None:
    summary = "6 supervised visits Jul-Nov 2025; BMI 37.2 in November, plateaued."
    assert _bar001(summary, _bmi(37.2, "2024-12-02")) == "met"


# --- an exam whose header carries the copy marker ---------------------------------------------


def _knee_text(exam_line: str) -> str:
    return f"Ortho f/u 02/20/2026\nR knee pain, catching.\n{exam_line}\nA/P: MRI R knee."


def _knee_visit(exam_line: str) -> dict:
    return _note("n1", "2026-02-20", _knee_text(exam_line))


def test_an_exam_copied_under_its_own_header_is_the_older_visit_s() -> None:
    exam = "Exam (copied from 6/10/25): R knee medial joint line tenderness, McMurray +."
    bundle = record("73721", _knee_visit(exam), reason="M23.221")
    assert status(bundle, "AIM-001")["status"] != "met"
    found = find_findings([NoteInput("DocumentReference/n1", _knee_text(exam), date(2026, 2, 20))])
    section = [f for f in found if f.concept == "exam-section"]
    assert section and all(f.copied_from == date(2025, 6, 10) for f in section)


@pytest.mark.parametrize(
    "exam",
    [
        "Exam: R knee medial joint line tenderness, McMurray +.",
        "Exam (today): R knee medial joint line tenderness, McMurray +.",
    ],
)
def test_this_visit_s_exam_still_counts(exam: str) -> None:
    bundle = record("73721", _knee_visit(exam), reason="M23.221")
    assert status(bundle, "AIM-001")["status"] == "met"


# --- a header with a bracketed remark before its colon ----------------------------------------


@pytest.mark.parametrize(
    ("line", "category"),
    [
        ("PHYSICAL EXAM [macro]: Gen NAD.", "exam"),
        ("Exam [attending]: grip 4/5", "exam"),
        ("Exam (video): gait normal", "exam"),
    ],
)
def test_a_bracketed_remark_before_the_colon_keeps_the_header(line: str, category: str) -> None:
    found = header_at(line)
    assert found is not None and found[0] == category


@pytest.mark.parametrize("line", ["Plan [***]", "Exam [ ]: ***"])
def test_a_template_blank_in_brackets_is_no_header(line: str) -> None:
    assert header_at(line) is None


def test_signs_under_a_bracketed_exam_header_are_examined() -> None:
    consult = (
        "NEUROSURGERY CONSULT 02/11/2026\n"
        "HPI: 66F dropping objects, unsteady gait x 3 months.\n"
        "ROS: negative except as noted in HPI.\n"
        "PHYSICAL EXAM [template]: Gen NAD.\n"
        "DETAILED NEURO (attending): grip 4/5 bilat; + Hoffmann bilat, hyperreflexia 3+ biceps.\n"
        "A/P: cervical myelopathy C5-6, ACDF."
    )
    bundle = record("22551", _note("n1", "2026-02-11", consult), reason="M50.021")
    assert status(bundle, "SPS-004")["status"] == "met"


# --- a facet provocation test ---------------------------------------------------------------


def _ipn004(exam: str) -> str:
    text = f"Pain f/u: axial LBP since 2024, no radicular sx. NRS 7. {exam}\nPlan: L4-5 RFA."
    bundle = record("64635", _note("n1", "2026-02-20", text), reason="M47.816")
    return status(bundle, "IPN-004")["status"]


@pytest.mark.parametrize(
    "exam",
    [
        "Facet loading + bilat L4-5.",
        "Pain w/ extension-rotation bilat L4-5.",
        "Kemp's + R lumbar.",
    ],
)
def test_a_facet_provocation_test_is_the_spine_exam(exam: str) -> None:
    assert _ipn004(exam) == "met"


def test_no_exam_at_all_is_still_missing() -> None:
    assert _ipn004("Wants the ablation.") != "met"
