"""Weeks of therapy a statement opening with "Plan" gives its named therapy are to come, not had
(EI/workrehab-02: an injury's first visit wrote "Plan PT 2x/wk x 6 wks." and six weeks of PT
were counted back from that visit; the imperative "Plan" has no colon, so it is no plan section
and the notes read the PT as stated). planned_weeks.py read only a plan clause later in the
statement ("PT eval, plan 2x/wk x 6 wks") with its frequency right after "plan".
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.planned_weeks import weeks_planned

from .test_judgement import _note, record, status


@pytest.mark.parametrize(
    "text",
    [
        "Plan OT 3x/wk x 4 wks.",
        "Plan: physical therapy 2x/week for 8 weeks",
        "Planned PT 2x/wk x 6 wks",
    ],
)
def test_a_statement_opening_with_the_plan_of_a_therapy_plans_its_weeks(text: str) -> None:
    assert weeks_planned(text)


@pytest.mark.parametrize(
    "text",
    [
        "Plan PT 2x/wk x 6 wks - completed, no better",  # the plan said done
        "PT 3x/wk x 6 wks, no relief",  # no plan at all
        "Plan naproxen 500 mg BID x 3 wks",  # a drug's weeks: not this rule's
    ],
)
def test_weeks_had_or_not_a_therapy_plan_are_not_planned_here(text: str) -> None:
    assert not weeks_planned(text)


def test_a_first_visit_planning_therapy_is_no_course_had() -> None:
    first = _note(
        "v1", "2026-03-02",
        "Occ health: DOI 2/27/26, slipped on a wet dock (claim 44-0917), low back pain. Job: "
        "forklift driver. Work status: modified duty, no lifting over 10 lb. Plan PT 2x/wk x 8 "
        "wks.",
    )  # fmt: skip
    later = _note(
        "v2", "2026-05-04",
        "Occ health f/u: back pain unchanged. Cannot lift over 15 lb, job "
        "needs 40. Plan: work conditioning 4 h/day x 4 wks.",
    )  # fmt: skip
    bundle = record("97545", first, later, reason="S39.012A")
    assert status(bundle, "OCC-002", as_of=date(2026, 5, 5))["status"] != "met"
