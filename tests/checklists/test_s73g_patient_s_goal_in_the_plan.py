"""A goal the patient voices in the plan area is not the plan of care's goal (brief s73-g).

"Plan: Pt's goal is to return to soccer. PT 2x/wk x 6 wks." named no goal the therapist sets,
yet PT-001 was met on its "goal" beside the frequency and duration
(smartapp/notes/patient_goals.py). Goals the plan sets, and goals written for the patient ("Pt
will ..."), still count.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_HEAD = "PT evaluation\nS: L knee pain after a soccer injury.\nA: L knee sprain.\n"


def _pt_001(plan: str) -> str:
    bundle = record("97110", _note("n1", "2026-02-20", _HEAD + plan), reason="S83.412A")
    return status(bundle, "PT-001")["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "Plan: Pt's goal is to return to soccer. PT 2x/wk x 6 wks.",
        "Plan: PT 2x/wk x 6 wks. Pt's goal is to return to soccer.",
        "Plan: PT 2x/wk x 6 wks. His goal is to return to soccer.",
        "Plan: PT 2x/wk x 6 wks. Her main goal is to get back to work.",
        "Plan: PT 2x/wk x 6 wks. Pt states his goal is to return to soccer.",
        "Plan: PT 2x/wk x 6 wks; patient's main goal is to return to soccer.",
        "Plan: PT 2x/wk x 6 wks. Patient\u2019s personal goal is to run a 5K.",
        "Plan: PT 2x/wk x 6 wks. Per pt, goal is to play with grandkids.",
    ],
)
def test_the_patient_s_goal_is_no_plan_goal(plan: str) -> None:
    assert _pt_001(plan) != "met"


@pytest.mark.parametrize(
    "plan",
    [
        "Plan: PT 2x/wk x 6 wks. Goals: knee flexion to 130 deg in 4 wks; hop test 90% in 6 wks.",
        "Plan: PT 2x/wk x 6 wks. Pt will return to soccer w/o pain in 6 wks.",
        "Plan: PT 2x/wk x 6 wks. Pt's goal is to return to soccer. LTG: flexion 130 deg in 6 wks.",
        "Plan: PT 2x/wk x 6 wks.\nGoals:\n1. Pt will amb 500 ft in 4 wks.",
    ],
)
def test_the_plan_s_goals_still_count(plan: str) -> None:
    assert _pt_001(plan) == "met"
