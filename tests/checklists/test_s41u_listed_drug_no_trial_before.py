"""Lumbar MRI's follow-up exam (LMRI-004) and a medication list's undated line, found by blind
wave 45 (FP/lumbarmri-02): the only visit listed a muscle relaxant under its current medications
and examined the back. An undated mention in the narrative ("has taken naproxen") tells of care
before the note, so it began the day before and the visit's exam follows it; a list's line only
says the drug is on the list that day, no trial dated before it, so the only visit's exam is
still no follow-up after a trial.
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

_EXAM = "PHYSICAL EXAM: lumbar flexion limited, paraspinal TTP, SLR neg bilat, strength 5/5."


def _exam_status(text: str) -> str:
    bundle = record(
        "72148", _note("n1", "2026-06-03", text), reason="M54.50",
        order={"authoredOn": "2026-06-03", "occurrenceDateTime": "2026-06-15"},
    )  # fmt: skip
    return status(bundle, "LMRI-004", as_of=date(2026, 6, 5))["status"]


def test_a_listed_drug_with_no_date_makes_the_only_exam_no_follow_up() -> None:
    text = (
        "HPI: 52F low back pain since April after gardening, no leg symptoms.\n"
        "Current Medications: tizanidine 4 mg tablet - 1 tab at bedtime\n" + _EXAM
        + "\nPlan: MRI L-spine. PT referral placed."
    )  # fmt: skip
    assert _exam_status(text) == "partial"


def test_a_drug_the_narrative_says_was_taken_still_began_before_the_visit() -> None:
    text = (
        "HPI: 52F low back pain since April after gardening, has taken naproxen 500 BID with "
        "little relief.\n" + _EXAM + "\nPlan: MRI L-spine."
    )  # fmt: skip
    assert _exam_status(text) == "met"
