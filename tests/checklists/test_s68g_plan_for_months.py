"""A speech plan of care whose period is written in months, or as the school year: the
re-evaluation of 9/8/2025 planned "individual 1x/wk + small group 1x/wk for school year
(9/2025-5/2026). Goals: follow 2-step directions 80% ..." and the group therapy asked for on
2/2/2026 falls inside it (blind wave 72, JO/therapy-speech-language-01). The plan is in force
while its period runs, however long ago it was written (plan_periods.py), as a period written by
its days is; read as no period at all it was 147 days old and called partial.

A period that ended before the request is a lapsed plan, a plan without goals is none, and the
request's own weeks are no plan of care.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 2, 2)
HEAD = (
    "PEDIATRIC SLP RE-EVALUATION 9/8/2025\n"
    "Teacher reports he can't follow 2-step directions. CELF Preschool-3: Core Language SS 68.\n"
    "Impression: moderate-severe mixed receptive-expressive language disorder.\n"
)
GOALS = "Goals: follow 2-step directions 80%; produce 4-word utterances 80%; answer wh- 70%."
PROGRESS = (
    "SLP PROGRESS REPORT 1/12/26: 2-step directions 55% (baseline 20%), 4-word utterances 60% "
    "(baseline 10%). Continue group tx. - H. Voss"
)


def _plan_status(plan: str, order_note: str = "16 group visits") -> str:
    notes = [_note("n1", "2025-09-08", HEAD + plan), _note("n2", "2026-01-12", PROGRESS)]
    order = {"authoredOn": "2026-01-12", "occurrenceDateTime": "2026-02-09",
             "note": [{"text": order_note}]}  # fmt: skip
    bundle = record("92508", *notes, reason="F80.2", order=order)
    return status(bundle, "SLP-004", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "Plan: individual 1x/wk + small group 1x/wk for school year (9/2025-5/2026). " + GOALS,
        "POC 9/2025-5/2026: small group 1x/wk. " + GOALS,
        "Plan of care: group tx 1x/wk, 09/2025 - 05/2026.\n" + GOALS,
        "Plan: ST 1x/wk through 5/2026. " + GOALS,
        "Treatment plan: weekly group sessions for the school year.\nLTGs: follow 2-step "
        "directions 80%; answer wh- questions 70%.",
        "Plan: 1x/wk indiv + 1x/wk group x school yr. " + GOALS,
        "plan: 1x/wk small group, 9/2025 thru 5/2026. goals: follow 2 step directions 80%, "
        "4 word utterances 80%.",
    ],
)
def test_a_plan_whose_months_run_on_the_request_is_in_force(plan: str) -> None:
    assert _plan_status(plan) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        # its months ended before the request
        "Plan: small group 1x/wk (9/2025-12/2025). " + GOALS,
        "POC 9/2025-1/2026: small group 1x/wk. " + GOALS,
        # last school year's plan
        "Plan: small group 1x/wk for school year (9/2024-5/2025). " + GOALS,
        # no goals
        "Plan: individual 1x/wk + small group 1x/wk for school year (9/2025-5/2026).",
    ],
)
def test_a_lapsed_plan_or_one_without_goals_is_not_in_force(plan: str) -> None:
    assert _plan_status(plan) != "met"


def test_the_request_alone_is_no_plan_of_care() -> None:
    plan = "Recommend continued therapy. " + GOALS
    assert _plan_status(plan, "Group 1x/week x 16 weeks (through 5/29/26)") != "met"
