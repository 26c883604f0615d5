"""The goals of a plan a re-examination renews, found by blind wave 33 (DR/therapy-02): the
initial chiropractic exam set the plan's goals (ODI and NDI targets) 100 days before the
request, and the re-exam seven weeks later wrote the plan's next frequency and duration ("Plan:
2x/wk x 4 wks, then re-exam") without restating them; PT-001 called the plan partial. Goals set
at the evaluation stay the plan's while a re-exam in the window renews it. A note that only
points at the plan, an order asking for visits, or a renewal long after the goals were written
renews nothing."""

from __future__ import annotations

import datetime as dt

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 6, 1)
ORDER = {"authoredOn": "2026-05-26", "occurrenceDateTime": "2026-06-04"}
EXAM = (
    "CHIROPRACTIC INITIAL EXAM: neck and low back pain after lifting. ODI 40%, NDI 30%.\n"
    "Treatment plan: CMT, ther ex; 3x/wk x 4 wks then 2x/wk x 4 wks; goals: ODI < 20%, "
    "NDI < 10%, return to full duty."
)


def _plan(exam_day: str, re_exam: str, *, order_note: str = "8 more visits") -> str:
    notes = [_note("n1", exam_day, EXAM), _note("n2", "2026-04-14", re_exam)]
    bundle = record(
        "98941", *notes, reason="M99.03", order={**ORDER, "note": [{"text": order_note}]}
    )
    return status(bundle, "PT-001", as_of=AS_OF)["status"]


def test_a_re_exam_that_writes_the_next_frequency_and_duration_renews_the_plan() -> None:
    re_exam = "RE-EXAM: ODI 28% (from 40), NDI 18%. Improving. Plan: 2x/wk x 4 wks, then re-exam."
    assert _plan("2026-02-20", re_exam) == "met"


def test_a_re_exam_that_only_points_at_the_plan_renews_nothing() -> None:
    re_exam = "RE-EXAM: ODI 28% (from 40). Improving. Continue per POC."
    assert _plan("2026-02-20", re_exam, order_note="8 visits 2x/wk x 4 wks") != "met"


def test_goals_written_long_before_the_renewal_are_not_its_goals() -> None:
    re_exam = "RE-EXAM: ODI 28% (from 40), NDI 18%. Improving. Plan: 2x/wk x 4 wks, then re-exam."
    assert _plan("2025-11-20", re_exam) != "met"
