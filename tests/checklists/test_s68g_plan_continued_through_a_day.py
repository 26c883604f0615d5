"""A re-exam that carries the plan of care on to a day written without its year: the initial
exam of 3/20/26 set the plan ("POC: CMT 2x/wk x 8 wks, goals NDI <15% ... Plan through
5/20/26"); the re-exam of 5/1 wrote "Continue 2x/wk through 6/30." (blind wave 72,
JM/therapy-pt-ot-chiro-02). The plan's frequency and its end are the re-exam's new duration, so
the plan is renewed and in force on the request of 6/15 (renewed_plans.py); read only as "2x/wk"
it renewed nothing and the plan was called partial.

The same end makes the renewal lapse when it has passed: "Continue 2x/wk through 5/31" is no plan
for visits asked for on 6/15, whatever words name it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 6, 15)
EXAM = (
    "INITIAL EXAM: neck pain, desk job. Cx ROM rot R 50/L 45, restrictions C4-6. NDI 38%. "
    "POC: CMT 2x/wk x 8 wks, goals NDI <15%, full Cx rotation, 8 hr workday w/o pain. "
    "Plan through 5/20/26. T. Nguyen DC"
)
NO_GOALS = (
    "INITIAL EXAM: neck pain, desk job. Cx ROM rot R 50/L 45, restrictions C4-6. NDI 38%. "
    "POC: CMT 2x/wk x 8 wks. Plan through 5/20/26. T. Nguyen DC"
)


def _plan_status(re_exam: str, exam: str = EXAM, order_note: str = "8 visits") -> str:
    notes = [_note("n1", "2026-03-20", exam), _note("n2", "2026-05-01", re_exam)]
    order = {"authoredOn": "2026-06-15", "occurrenceDateTime": "2026-06-17",
             "note": [{"text": order_note}]}  # fmt: skip
    bundle = record("98941", *notes, reason="M99.01", order=order)
    return status(bundle, "PT-001", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "re_exam",
    [
        "RE-EXAM: NDI 38% -> 24%. Rot R 65 L 60. Improving. Continue 2x/wk through 6/30. "
        "T. Nguyen DC",
        "Re-exam: NDI 24%. Cont CMT 2x/wk thru 6/30.",
        "RE-EXAMINATION 5/1: NDI 38->24%. P: continue 2x/week until 6/30",
        "reexam: ndi 24%, rot r 65. cont 2 x/wk thru 6/30",
        "Re-eval: improving, NDI 24%. POC extended through 6/30 at 2x/wk.",
        "S: better at work. O: NDI 24%. A: improving. P: re-exam done; continue 2 times a week "
        "through 6/30.",
        "RE-EXAM 05/01: NDI 24%. Plan: CMT 2x/wk through 06/30, then re-exam.",
    ],
)
def test_a_re_exam_continuing_the_plan_through_a_day_renews_it(re_exam: str) -> None:
    assert _plan_status(re_exam) == "met"


@pytest.mark.parametrize(
    "re_exam",
    [
        # its new end passed before the request
        "RE-EXAM: NDI 24%. Improving. Continue 2x/wk through 5/31.",
        "Re-exam: NDI 24%. POC extended through 5/31 at 2x/wk.",
        # a frequency with no end: nothing renewed (as before)
        "RE-EXAM: NDI 24%. Improving. Continue 2x/wk.",
        # another thing's end beside the plan
        "RE-EXAM: NDI 24%. Continue 2x/wk. Off work through 6/30.",
    ],
)
def test_a_lapsed_or_endless_continuation_renews_nothing(re_exam: str) -> None:
    assert _plan_status(re_exam) != "met"


def test_a_plan_without_goals_is_not_made_whole_by_its_extension() -> None:
    re_exam = "RE-EXAM: NDI 24%. Improving. Continue 2x/wk through 6/30."
    assert _plan_status(re_exam, exam=NO_GOALS) != "met"


def test_the_new_request_alone_extends_no_plan() -> None:
    re_exam = "RE-EXAM: NDI 24%. Improving. Continue care."
    assert _plan_status(re_exam, order_note="CMT 2x/wk through 7/15, 8 visits") != "met"
