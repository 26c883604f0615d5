"""Reading rules from the s44 phrasing grid (speech therapy, knee injections).

A re-evaluation its own words say was done stays done when a dash, not a comma, parts it from a
recommendation ("REEVAL DONE 6/2 -- CONTINUE ST RECOMMENDED"), and when the verb that did it
stands before it ("the SLP did the scheduled re-evaluation on 5/4"); "re eval" written apart is
the same report. "Scheduled" before a drug is how it is taken, not a plan. A goal asking that the
patient do something "independently" is a goal, and goals "to be set" later are none yet.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes import NoteInput, find_findings

DAY = dt.date(2026, 7, 1)


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/g2", text, DAY)])
    return any(f.concept == concept and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "RE-EVAL DONE 06/12/2026 -- CONTINUE ST RECOMMENDED.",
        "Re-evaluation completed 6/12 - continued therapy recommended.",
        "Therapist did the scheduled re-evaluation on 06/03/2026.",
        "Pt had her planned reassessment with speech on 6/10.",
        "had re eval with the SLP two weeks ago, word retrieval better.",
    ],
)
def test_a_re_evaluation_done_is_done(text: str) -> None:
    assert _asserted(text, "re-evaluation"), text


@pytest.mark.parametrize(
    "text",
    [
        "Re-eval scheduled for 07/08/2026.",
        "Pt had a re-eval scheduled for 6/20 but cancelled it.",
        "Will do the scheduled re-evaluation next visit.",
        "Re-evaluation recommended.",
    ],
)
def test_a_re_evaluation_to_come_is_not_done(text: str) -> None:
    assert not _asserted(text, "re-evaluation"), text


def test_a_drug_taken_on_a_schedule_is_care_had() -> None:
    text = "Hip OA: pain despite PT and meloxicam (stopped for reflux), then scheduled Tylenol."
    assert _asserted(text, "physical-therapy")
    assert _asserted(text, "analgesic")
    assert not _asserted("Hip OA. PT scheduled for next week.", "physical-therapy")


def test_a_goal_done_independently_is_a_goal() -> None:
    assert _asserted("long term goal: order a meal with the speech device independently", "goals")


def test_goals_to_be_set_later_are_no_goals() -> None:
    assert not _asserted("Speech therapy 3x/wk; goals to be set at the initial session.", "goals")


def test_a_plan_s_frequency_in_sessions_and_a_labelled_target_are_read() -> None:
    text = "Dysphagia tx 3 sessions/wk x 6 wks. Target: thin liquids with <= 1 cough per 10 sips."
    assert _asserted(text, "frequency")
    assert _asserted(text, "goals")
    assert not _asserted("Target weight discussed at length.", "goals")


def _days(text: str, concept: str) -> int | None:
    found = find_findings([NoteInput("DocumentReference/g2", text, DAY)])
    return next((f.duration_days for f in found if f.concept == concept), None)


def test_exercise_at_home_and_a_total_of_months_are_read() -> None:
    text = "therapy a few weeks then exercises at home, roughly 5 months total, knee no better"
    assert _asserted(text, "home-exercise")
    assert (_days(text, "home-exercise") or 0) >= 150
