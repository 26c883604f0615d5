"""Lumbar MRI's follow-up exam (LMRI-004) when the only dated piece of the trial is a medication
list's undated line on the exam's own day (blind wave 91, ML/lumbar-mri-02): the 1/12 visit
examined the back and planned "Ibuprofen prn" and a PT referral (both PT evaluations no-showed);
the 3/12 visit listed "ibuprofen 200 mg tab - OTC prn" under its current medications and examined
again. The list's line was read as the trial's first day, so the 3/12 exam was "not after the
trial of conservative care began on 2026-03-12". A list's line dates no trial: with nothing else
dated the follow-up is asked of an earlier visit, and 3/12 follows 1/12. The only visit's exam is
still no follow-up (blind wave 45, FP/lumbarmri-02: test_s41u_listed_drug_no_trial_before.py),
and a trial dated by its own words still has to come before the exam -- when the trial ran its
six weeks (LMRI-003 met). Since stop 60 (brief s81-lmri, blind wave 96, NE/lumbar-mri-03) a trial
that did not run them leaves the exam judged as a follow-up of the episode: the missing trial is
LMRI-003's gap, and a second visit's exam follows the first visit's.
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

_FIRST = _note(
    "n1", "2026-01-12",
    "CC: low back pain\nHPI: 54M w/ LBP x 1 wk after shoveling snow. No radiation.\n"
    "Exam: TTP L4-5 paraspinals, ROM limited flexion, SLR neg bilat, neuro intact.\n"
    "Plan: PT referral placed. Ibuprofen prn. Return if not better in 4-6 wks.",
)  # fmt: skip
_LISTED = (
    "Assessment and Plan\n54M back pain for a couple of months, missed both PT evals.\n"
    "Current Outpatient Medications:\n  ibuprofen 200 mg tab - OTC prn\n"
    "Exam today: lumbar flexion to 60 deg w/ pain, SLR neg bilat, strength 5/5, reflexes 2+ "
    "symmetric, sensation intact.\nPlan: MRI lumbar spine; if disc herniation refer to spine."
)
_ORDER = {"authoredOn": "2026-03-16", "occurrenceDateTime": "2026-03-30"}


def _exam_status(*notes: dict) -> str:
    bundle = record("72148", *notes, reason="M54.50", order=_ORDER)
    return status(bundle, "LMRI-004", as_of=date(2026, 3, 16))["status"]


def test_a_listed_drug_on_the_exam_s_day_leaves_the_earlier_visit_its_follow_up() -> None:
    assert _exam_status(_FIRST, _note("n2", "2026-03-12", _LISTED)) == "met"


def test_the_only_visit_with_a_listed_drug_is_still_no_follow_up() -> None:
    assert _exam_status(_note("n2", "2026-03-12", _LISTED)) == "partial"


def test_an_exam_on_the_day_a_short_trial_began_follows_the_earlier_visit() -> None:
    # The earlier visit began no care; naproxen, dated by the note's own words, runs from the
    # 3/12 visit, four days before the order: no six-week trial (LMRI-003's gap, told there), so
    # the 3/12 exam is read as the episode's follow-up of the 1/12 visit (stop 60). Until then it
    # was "the exam that started the trial, not a follow-up after it" (partial).
    first = _note(
        "n1", "2026-01-12",
        "CC: low back pain\nHPI: 54M w/ LBP x 1 wk after shoveling snow.\n"
        "Exam: TTP L4-5 paraspinals, SLR neg bilat, neuro intact.\nPlan: observe, heat.",
    )  # fmt: skip
    begun = _LISTED.replace(
        "ibuprofen 200 mg tab - OTC prn", "naproxen 500 mg tab - 1 tab BID"
    ).replace(
        "missed both PT evals.", "missed both PT evals. On naproxen 500 mg BID since 3/12/26."
    )
    assert _exam_status(first, _note("n2", "2026-03-12", begun)) == "met"
    # The same visit alone is still no follow-up of anything.
    assert _exam_status(_note("n2", "2026-03-12", begun)) == "partial"
