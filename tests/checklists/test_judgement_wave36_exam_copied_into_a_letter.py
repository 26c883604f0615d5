"""An exam carried forward word for word into a letter, found by blind wave 36 (EF/lmri-03): the
only exam of a lumbar MRI request was the first visit's, before eight weeks of PT; the letter of
medical necessity written after the therapy repeated that exam line character for character, and
the plan sentence after it ("MRI needed to plan injection vs surgical referral") both counted as
the follow-up exam, while the same sentence was not read as a plan that depends on the MRI.

- An exam statement a letter repeats word for word from an earlier-dated note is that note's
  exam (Medicare calls such documentation cloned); a short stock phrase, an exam that says
  something new, or a follow-up visit note whose exam line repeats the last one (a visit of its
  own, as DK/spinal-injections-03 was labelled) is not.
- Under an exam header, a statement that states a plan and no exam finding is the plan.
- A study "needed to plan" what follows is a plan that depends on its result.
"""

from __future__ import annotations

import datetime as dt

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 4, 2)
EXAM = "Exam: lumbar paraspinal tenderness, SLR negative bilat, strength 5/5, DTRs 2+ symmetric."
VISIT = (
    "Office visit: low back pain into the R thigh x 4 wks after moving furniture. No red flags. "
    f"{EXAM}\nPlan: PT 2x/wk x 8 wks, ibuprofen 600 TID, f/u after PT."
)
PT = "PT discharge: 14 visits 1/12-3/6/26. Pain 6/10, unchanged. Cannot sit >30 min. ODI 40%."


def _letter(exam: str) -> str:
    return (
        "Letter of medical necessity: low back pain with R sciatica since 12/2025, failed 8 wks "
        f"PT and NSAIDs. {exam} MRI needed to plan injection vs surgical referral."
    )


def _bundle(letter: str) -> dict:
    return record(
        "72148",
        _note("n1", "2026-01-09", VISIT),
        _note("n2", "2026-03-09", PT),
        _note("n3", "2026-03-27", letter),
        reason="M54.41",
    )


def test_an_exam_copied_word_for_word_into_a_letter_is_no_follow_up_exam() -> None:
    assert status(_bundle(_letter(EXAM)), "LMRI-004", as_of=AS_OF)["status"] != "met"


def test_an_exam_with_new_findings_in_the_letter_is_the_follow_up_exam() -> None:
    new = "Exam: lumbar paraspinal tenderness, SLR positive R at 45 deg, EHL 4/5 R, DTRs 2+."
    assert status(_bundle(_letter(new)), "LMRI-004", as_of=AS_OF)["status"] == "met"


def test_a_follow_up_visit_repeating_the_last_exam_line_is_still_its_exam() -> None:
    visit = (
        "S: back and R thigh pain unchanged after PT, 6/10, cannot sit through a shift.\n"
        f"O: {EXAM}\nA/P: lumbar radiculopathy, failed PT; MRI L-spine."
    )
    bundle = record(
        "72148",
        _note("n1", "2026-01-09", VISIT),
        _note("n2", "2026-03-09", PT),
        _note("n3", "2026-03-27", visit),
        reason="M54.41",
    )
    assert status(bundle, "LMRI-004", as_of=AS_OF)["status"] == "met"


def test_a_study_needed_to_plan_what_follows_is_the_treatment_plan() -> None:
    assert status(_bundle(_letter(EXAM)), "LMRI-007", as_of=AS_OF)["status"] == "met"


def test_a_plan_run_on_into_the_exam_paragraph_is_no_exam() -> None:
    note = NoteInput("D/1", _letter(EXAM), dt.date(2026, 3, 27))
    exams = {f.snippet for f in find_findings([note]) if f.concept == "exam-section"}
    assert exams == {EXAM}


def test_a_study_needed_for_a_diagnosis_is_no_plan_that_depends_on_it() -> None:
    note = NoteInput("D/1", "Plan: MRI needed to confirm the diagnosis.", dt.date(2026, 3, 27))
    assert "decision-dependent" not in {f.concept for f in find_findings([note])}
