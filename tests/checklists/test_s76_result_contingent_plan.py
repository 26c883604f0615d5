"""A plan by the test's graded result is the plan CARD-006 asks for (blind wave 87, LT/card-03).

"CCTA to define anatomy. CAD-RADS 0-1: reassure, statin per LDL; CAD-RADS 3+: FFR-CT / cath."
says what each result leads to, the way cardiology writes it: the result's grade (CAD-RADS,
calcium score, FFR, stenosis) and a colon or arrow before the step. No plan, a plan for another
test, a grade already told with its step done, and a report's reading are no such plan.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _card(plan: str) -> str:
    text = (
        "48F intermittent L chest discomfort since August, sometimes with exertion. "
        "Troponins neg x2.\n" + plan
    )
    bundle = record("75574", _note("n1", "2026-02-26", text), reason="R07.9")
    return status(bundle, "CARD-006")["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "Assessment/Plan: Intermediate pretest probability. CCTA to define anatomy. CAD-RADS "
        "0-1: reassure, statin per LDL; CAD-RADS 3+: FFR-CT / cath.",
        "Plan: CCTA. If CAD-RADS >= 3 -> cath; if < 3 -> medical therapy.",
        "Plan: coronary CTA; results will determine cath vs medical therapy.",
        "Plan: CCTA. CAD-RADS 4: LHC. CAD-RADS 1-2: statin, aspirin.",
        "Plan: CCTA with calcium score. CAC score > 100: statin; stenosis 70%: refer for cath.",
    ],
)
def test_a_plan_by_the_graded_result(plan: str) -> None:
    assert _card(plan) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        "Plan: CCTA. RTC 3 mo.",
        "Plan: CCTA. CCTA 2024 showed CAD-RADS 2: statin started then.",
        "Plan: CCTA. If A1c > 9, start insulin.",
        "Plan: CCTA. Echo 2025: LVEF 55%: normal.",
    ],
)
def test_no_plan_by_the_result(plan: str) -> None:
    assert _card(plan) != "met"
