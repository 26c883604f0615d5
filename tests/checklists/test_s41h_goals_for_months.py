"""Goals headed by how long the plan gives them set the plan's period (blind wave 44,
FK/speech-language-02: a re-evaluation's "Goals (6 mo):" with "Plan: 1x/wk" under a signed
certification was in force five months later, yet read as 148 days old). The period runs from the
note; a goal's own target inside a sentence ("... at 6 mos") is no period, nor is a goals heading
in a note that plans no care."""

from __future__ import annotations

from datetime import date

from smartapp.checklists.plan_periods import states_plan_in_force
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_EVAL = (
    "SLP RE-EVALUATION 03/02/2026\n"
    "CELF-5 core language SS 70. Intelligible to strangers ~50%.\n"
    "{goals}: produce final consonants 80%; 3-word phrases in play 70%.\n"
    "Plan: 92508 group 1x/wk.\n"
    "Certified Dr. L. Amsel 03/04/2026."
)


def _slp_004(goals: str, as_of: date) -> str:
    note = _note("reeval", "2026-03-02", _EVAL.format(goals=goals))
    bundle = record("92508", note, reason="F80.2", order={"authoredOn": "2026-07-20"})
    report = score_bundle(bundle, service="92508", as_of=as_of)
    return {i["id"]: i for i in report["items"]}["SLP-004"]["status"]


def test_goals_for_six_months_keep_the_plan_in_force() -> None:
    assert _slp_004("Goals (6 mo)", date(2026, 7, 27)) == "met"
    assert _slp_004("6-month goals", date(2026, 7, 27)) == "met"


def test_the_goals_months_past_or_a_goal_s_own_target_are_not() -> None:
    assert _slp_004("Goals (6 mo)", date(2026, 9, 14)) != "met"  # ended 8/29
    assert _slp_004("Goals (reassess at 6 mo)", date(2026, 7, 27)) != "met"


def test_only_in_a_note_that_plans_care() -> None:
    written, on = date(2026, 3, 2), date(2026, 7, 27)
    assert states_plan_in_force("LTG (24 wks): walk 300 ft.\nPlan: PT 2x/wk.", on, written)
    assert not states_plan_in_force("LTG (24 wks): walk 300 ft.", on, written)
