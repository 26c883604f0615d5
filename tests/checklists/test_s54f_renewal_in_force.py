"""Goals the evaluation set, renewed by a re-evaluation older than the window whose recertified
plan still runs (blind wave 60, HT/pt-02): the OT evaluation of 2/9 set the goals; the signed
re-evaluation of 4/20 renewed the plan "2x/wk x 16 wks through 8/10/26"; a request of 7/28 is 99
days after it. The plan in force holds its goals as the re-exam in the window would
(renewed_plans.py). One whose period has ended, or that still awaits its signature, renews
nothing out of the window."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 7, 28)
EVAL = (
    "OT INITIAL EVAL: L elbow fx s/p ORIF. AROM flex 95, ext -30. QuickDASH 61. POC: 2x/wk x 10 "
    "wks thru 4/20/26; goals: flex 130, ext -10, QuickDASH < 30, independent dressing. "
    "Signed P. Nandakumar MD 2/11/26."
)


def _plan_status(re_eval: str) -> str:
    notes = [_note("n1", "2026-02-09", EVAL), _note("n2", "2026-04-20", re_eval)]
    order = {"authoredOn": "2026-07-27", "occurrenceDateTime": "2026-07-30",
             "note": [{"text": "OT 2x/wk x 2 wks, 4 visits"}]}  # fmt: skip
    bundle = record("97530", *notes, reason="S42.402D", order=order)
    return status(bundle, "PT-001", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "re_eval",
    [
        "OT RE-EVAL: flex 118, ext -18, QuickDASH 42. Goals partially met. Recert 2x/wk x 16 wks "
        "through 8/10/26, signed P. Nandakumar MD 4/22/26.",
        "OT re-evaluation 4/20/26: AROM flex 120. POC renewed 2x/wk x 16 wks, cert period "
        "4/20/26-8/10/26. Physician signature: P. Nandakumar MD 4/22/26.",
    ],
)
def test_a_running_re_evaluation_keeps_the_goals_of_the_plan(re_eval: str) -> None:
    assert _plan_status(re_eval) == "met"


@pytest.mark.parametrize(
    "re_eval",
    [
        # its period ended before the request
        "OT RE-EVAL: flex 118, QuickDASH 42. Recert 2x/wk x 8 wks through 6/15/26, signed "
        "P. Nandakumar MD 4/22/26.",
        # sent for a signature still to come
        "OT RE-EVAL: flex 118, QuickDASH 42. Recert 2x/wk x 16 wks through 8/10/26. Updated POC "
        "sent to MD for signature.",
    ],
)
def test_a_lapsed_or_unsigned_one_renews_nothing_out_of_the_window(re_eval: str) -> None:
    assert _plan_status(re_eval) != "met"
