"""A plan of care certifies treatment for the duration it states (blind wave 106, ON/ptot-02):
"OT RE-EVAL ... POC: 2x/wk x 8 wks" of 6/10 ran out on 8/05, and a daily note of 8/27 copying
its goals forward ("Goals: ... (copied)") is no new plan, so on 8/31 no plan of care is in force
(Medicare Benefit Policy Manual ch. 15 §220.1.2-3: the plan's duration, then recertification).
Near misses that still count: a plan whose weeks cover the day, a recertification, a plan with
no stated end.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.plan_periods import states_plan_in_force, states_plan_lapsed
from smartapp.checklists.plan_weeks import certified_periods
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_REEVAL = (
    "OT RE-EVAL: L distal radius fx ORIF 4/3. QuickDASH 61 -> 45. Grip 9 kg L vs 28 R. "
    "POC: {plan}; goals QuickDASH <25, grip 18 kg, open jars. Signed Dr Brightwater 6/11."
)
_DAILY = (
    "OT daily note visit #16 since re-eval. Ther act, putty, HEP. Goals: QuickDASH <25, grip "
    "18 kg (copied). Tolerated well. Plan continue."
)


def _pt001(plan: str, *more: dict, daily: str = _DAILY) -> str:
    notes = [_note("reeval", "2026-06-10T15:00:00Z", _REEVAL.format(plan=plan))]
    notes += [_note("daily", "2026-08-27T15:00:00Z", daily), *more]
    order = {"authoredOn": "2026-08-28", "occurrenceDateTime": "2026-09-08",
             "note": [{"text": "OT 2x/wk x 4 wks (8 visits)."}]}  # fmt: skip
    bundle = record("97530", *notes, reason="S52.572D", order=order)
    report = score_bundle(bundle, service="97530", as_of=date(2026, 8, 31))
    return {i["id"]: i for i in report["items"]}["PT-001"]["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "2x/wk x 8 wks",  # the case's words: 6/10 + 8 weeks = 8/05
        "2 x/week x 6 weeks",
        "3x/wk x 4 wks then 2x/wk x 4 wks",  # phases added up: 8 weeks
        "16 visits at 2x/wk",  # visits at a rate: 8 weeks
        "2x/wk through 8/05/2026",
    ],
)
def test_a_plan_whose_stated_duration_ran_out_is_no_current_plan(plan: str) -> None:
    assert _pt001(plan) != "met"


@pytest.mark.parametrize(
    "plan",
    [
        "2x/wk x 16 wks",  # runs to 9/30: covers the day
        "2x/wk x 8 wks then 1x/wk x 6 wks",  # 14 weeks: to 9/16
        "30 visits at 2x/wk",  # 15 weeks
        "2x/wk through 9/30/2026",
    ],
)
def test_a_plan_whose_duration_covers_the_day_still_counts(plan: str) -> None:
    assert _pt001(plan) == "met"


def test_a_recertification_after_the_plan_ran_out_counts() -> None:
    recert = _note(
        "recert", "2026-08-06T15:00:00Z",
        "OT RECERTIFICATION / PROGRESS: QuickDASH 38, grip 13 kg. Goals: QuickDASH <25, grip 18 "
        "kg. POC: 2x/wk x 6 wks. Signed Dr Brightwater 8/07.",
    )  # fmt: skip
    assert _pt001("2x/wk x 8 wks", recert) == "met"


def test_copied_goals_are_no_new_plan_but_new_goals_are() -> None:
    # A daily note's own new plan (goals, rate and weeks written that day) is a plan.
    daily = ("OT daily note. Updated POC: 2x/wk x 4 wks.\nGoals: grip 18 kg, open jars.\n"
             "Tolerated well.")  # fmt: skip
    assert _pt001("2x/wk x 8 wks", daily=daily) == "met"
    carried = "OT daily note. Goals (copied forward): grip 18 kg, open jars. Plan: cont POC."
    assert _pt001("2x/wk x 8 wks", daily=carried) != "met"
    carried = "OT tx note #14. LTGs carried over from eval: grip 18 kg. Tolerated tx."
    assert _pt001("2x/wk x 8 wks", daily=carried) != "met"


def test_weeks_lapse_a_named_plan_stated_with_its_rate_only() -> None:
    written = date(2026, 6, 10)
    assert certified_periods("POC: 2x/wk x 8 wks; goals grip 18 kg", written) == [
        (written, date(2026, 8, 5))
    ]
    assert certified_periods("Plan of care: 12 visits at 3x/wk.", written) == [
        (written, date(2026, 7, 8))
    ]
    assert states_plan_lapsed("POC: 2x/wk x 8 wks.", date(2026, 8, 31), written, weeks=True)
    assert not states_plan_lapsed("POC: 2x/wk x 8 wks.", date(2026, 8, 1), written, weeks=True)
    # No rate: a symptom's or a goal's weeks, not the plan's duration.
    assert certified_periods("POC reviewed. Neck pain x 6 wks.", written) == []
    assert certified_periods("POC: goals met x 2 wks", written) == []
    # No stated end: nothing lapses.
    no_end = "POC: 2x/wk; goals grip 18 kg."
    assert not states_plan_lapsed(no_end, date(2026, 12, 1), written, weeks=True)
    # A longer period stated beside the weeks keeps the plan in force.
    text = "POC: 2x/wk x 8 wks. Cert period 6/10/2026-10/08/2026."
    assert not states_plan_lapsed(text, date(2026, 8, 31), written, weeks=True)
    assert states_plan_in_force(text, date(2026, 8, 31), written)


@pytest.mark.parametrize(
    "later",
    [
        "OT RE-EXAM: QuickDASH 38, grip 13 kg. Continue POC through 9/30.",  # EB/pt-02's words
        "OT RE-EXAM 8/01: QuickDASH 38. Plan: 8 more visits 1x/wk then release to HEP.",  # NL
    ],
)
def test_a_later_note_carrying_the_plan_on_keeps_it_current(later: str) -> None:
    note = _note("later", "2026-08-01T15:00:00Z", later)
    assert _pt001("2x/wk x 8 wks", note) == "met"
    # ... but a pointer with no period of its own carries nothing on.
    pointer = _note("later", "2026-08-01T15:00:00Z", "OT RE-EXAM: QuickDASH 38. Continue per plan.")
    assert _pt001("2x/wk x 8 wks", pointer) != "met"


def test_a_plan_counted_in_visits_beside_its_weeks_is_not_lapsed_by_the_calendar() -> None:
    # FA/ptot-02's words: its 18 visits are not dated by its weeks.
    assert _pt001("3x/wk x 2 wks then 2x/wk x 4 wks (18 visits)") == "met"
