"""A knee's locking told as the patient lives it is history, not an exam finding (blind wave 73,
JR/kas-03). "Interval: Now R knee ... locking episodes intermittently, tried PT 6 wks" met
KAS-002 (exam findings of a mechanical lesion) with no exam of that knee in the note: the only
exam was the left knee's, copied from 2025, and the right knee's read "see prior". Locking
episodes, a knee that "locked twice", "c/o catching and locking" are mechanical symptoms, told
under a history heading ("Interval:", "Interval hx:", "Since last visit:", "S:") or as episodes,
complaints and their frequency wherever they sit; "knee locked in 30 deg flexion" or "unable to
fully extend, locked" under the exam is what the examiner found, and still counts. KAS-003's
exemption for a locked knee reads the history on purpose and is left as it was."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_PLAN = "\nPlan: R knee scope, partial medial meniscectomy."


def _kas002(text: str) -> str:
    note = _note("n1", "2026-02-20", text + _PLAN)
    return status(record("29881", note, reason="S83.241A"), "KAS-002")["status"]


@pytest.mark.parametrize(
    "text",
    [
        # The case: a follow-up's "Interval:" paragraph.
        "Interval: Now R knee. R knee pain since July after squatting at work, locking episodes "
        "intermittently, tried PT 6 wks Aug-Sept + naproxen - no better.",
        # The other history headings a follow-up opens with.
        "Interval hx: R knee locking episodes 2x/wk, tried PT 6 wks.",
        "Since last visit: pt reports R knee locked twice, had to wiggle it loose.",
        "Interval history: intermittent locking of the R knee, knee locked ~weekly.",
        "HPI: 34M, R knee locked since twisting injury 1/10, cannot fully extend.",
        "S: c/o R knee catching + locking episodes x 4 mo.",
        # Episodes told with no heading at all, terse and misspelt.
        "R knee medial pain with locking episodes x 6 mo despite PT.",
        "R knee - pt reports knee locked 3x this month, catching on stairs.",
        "48F R knee pain, lockng episodes, locking episodes 1-2/wk.",
    ],
)
def test_locking_told_as_history_is_no_exam_finding(text: str) -> None:
    assert _kas002(text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Exam: R knee locked in 30 deg flexion, unable to extend passively.",
        "O: R knee unable to fully extend, locked.",
        "PE: R knee lacks 25 deg extension, locked knee.",
        # The history's episodes do not take away the exam's locked knee beside them.
        "Interval: locking episodes 2x/wk.\nExam: R knee locked at 20 deg, springy mechanical "
        "block.",
        "HPI: R knee locked since 1/10.\nPE: R knee lacks 25 deg extension, locked knee.",
        # Terse, no heading: measured, so examined.
        "R knee locked ~20 deg, cannot be passively extended.",
    ],
)
def test_a_locked_knee_the_examiner_found_still_counts(text: str) -> None:
    assert _kas002(text) == "met"


def test_a_copied_exam_of_the_other_knee_does_not_examine_this_one() -> None:
    # The label's other half: the left knee's exam, copied from 2025, and "R knee: see prior".
    copied = (
        "Interval: Now R knee. s/p L knee scope 4/2025, doing well. R knee pain since July.\n"
        "Exam (copied from 3/2025 visit): L knee effusion 1+, +McMurray medial, MJL "
        "tenderness, Lachman neg.\nR knee: see prior."
    )
    assert _kas002(copied) == "missing"
    # ... nor an exam copied from a visit long past that names no side.
    unsided = (
        "Interval: R knee pain since July.\n"
        "Exam (copied from 3/2025 visit): effusion 1+, +McMurray medial, MJL tenderness.\n"
        "R knee: see prior."
    )
    assert _kas002(unsided) == "missing"


def test_the_history_still_excuses_a_locked_knee_from_the_conservative_trial() -> None:
    # KAS-003 reads a locked knee wherever it is told: left as it was.
    note = _note("n1", "2026-02-20", "S: R knee locked since injury 2/1, cannot fully extend.")
    found = status(record("29881", note, reason="S83.241A"), "KAS-003")
    assert found["status"] in {"not_applicable", "met"}
