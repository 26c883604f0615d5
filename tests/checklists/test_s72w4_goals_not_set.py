"""A therapy plan's goals: stated goals are future by nature, and a goals label that says its goals
are still to come states none (brief s72-w4, the class of blind wave 81,
KW/therapy-pt-ot-chiro-01).

"Goals: (1) ODI < 20% in 8 wks; (2) sit 60 min ..." is the plan's goals, and so is "Goals: pt
will sit 60 min" or "Goals: no falls x 8 wks": what the plan aims at, however worded. But "Goals:
to be set at next visit", "Goals: TBD", "Goals: none set yet" set none, and the signature line
written under such a label ("Physician certification: signed ...") is no goal either: each line
under a GOALS header was read as a goal (notes/own_findings.py), so PT-001 called a plan without
goals met.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status


def _plan_status(goals: str) -> str:
    evaluation = (
        "PT INITIAL EVALUATION 03/02/2026\nODI 44%.\nPLAN OF CARE: Dx M54.50. Ther ex, HEP. "
        f"Freq 2x/wk x 8 wks.\n{goals}\nPhysician certification: signed A. Pemberton MD "
        "03/04/2026"
    )
    order = {"authoredOn": "2026-04-01", "occurrenceDateTime": "2026-04-08",
             "note": [{"text": "PT 2x/wk x 6 wks = 12 visits"}]}  # fmt: skip
    bundle = record("97110", _note("n1", "2026-03-02", evaluation), reason="M54.50", order=order)
    return status(bundle, "PT-001", as_of=dt.date(2026, 4, 6))["status"]


@pytest.mark.parametrize(
    "goals",
    [
        "Goals: (1) ODI < 20% in 8 wks; (2) sit 60 min w/o increased pain; (3) lift 20 lb.",
        "LTG (8 wks): ODI <20%, sitting 60 min, lift 20 lb.",
        "Goals: pt will sit 60 min without pain by 4/30.",
        "STG 4 wks: I HEP. LTG 8 wks: lift 20# floor to waist.",
        "Goal: return to work full duty w/o restrictions in 8 wks.",
        "Goals: no falls x 8 wks; amb 500 ft w/o AD.",
        "GOALS:\n1. ODI < 20%\n2. Sit 60 min",
    ],
)
def test_goals_the_plan_sets_are_its_goals(goals: str) -> None:
    assert _plan_status(goals) == "met"


@pytest.mark.parametrize(
    "goals",
    [
        "Goals: to be set at next visit.",
        "No goals established.",
        "Goals: TBD.",
        "Goals: will establish at next visit",
        "Goals: none set yet",
        "Goals: not yet established.",
        "LTG: TBD after re-eval.",
        "Goals: pending further testing.",
        "Goals: deferred until pain improves.",
    ],
)
def test_goals_still_to_come_are_none(goals: str) -> None:
    assert _plan_status(goals) != "met"
