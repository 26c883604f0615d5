"""A treatment plan headed only "Plan:" that states its last day, found by blind wave 33
(DS/therapy-pt-ot-chiro-02): "Plan: CMT 3 regions 2x/wk x 6 wks then 1x/wk x 6 wks (through
7/27/26)" ran out before the request for new visits, yet the plan was read as in force because
its heading named no "plan of care". The sentence such a heading opens states the plan's period
as a "plan of care" line does: a plan still running counts, one that ended does not, and a date
in a later sentence ("Off work through ...") is not the plan's."""

from __future__ import annotations

import datetime as dt

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 7, 30)
ORDER = {"authoredOn": "2026-07-28", "occurrenceDateTime": "2026-08-03"}


def _plan_of_care(text: str) -> str:
    note = _note("n1", "2026-05-04", "Chiro exam: LBP. ODI 42%. " + text)
    bundle = record("98941", note, reason="M99.03", order=ORDER)
    return status(bundle, "PT-001", as_of=AS_OF)["status"]


def test_a_plan_headed_plan_that_ended_before_the_request_is_lapsed() -> None:
    text = "Plan: CMT 2x/wk x 6 wks then 1x/wk x 6 wks (through 7/26/26). Goals: ODI < 20%."
    assert _plan_of_care(text) != "met"


def test_a_plan_headed_plan_still_running_is_in_force() -> None:
    text = "Plan: CMT 2x/wk x 6 wks then 1x/wk x 8 wks (through 8/31/26). Goals: ODI < 20%."
    assert _plan_of_care(text) == "met"


def test_a_date_in_a_later_sentence_is_not_the_plan_s() -> None:
    text = "Plan: CMT 2x/wk x 6 wks then 1x/wk x 6 wks. Goals: ODI < 20%. Off work through 5/20/26."
    assert _plan_of_care(text) == "met"
