"""A request in the plan's last five days is covered by the running plan when the record shows it
renewed for the next period with the practitioner (HHC-004).

Blind wave 76, KF/home-health-03: the signed plan of 8/8-10/6, a recert from 10/7 asked for on
10/6, and the agency nurse's 60-day summary: "Plan of care reviewed with Dr Hart by phone 9/30,
renewed next cert period unchanged." The next period's plan is made in the running one's last
days (42 CFR 484.55(d)(1)), and here it was: the same plan, renewed with the practitioner. A
review still to come, a renewal no practitioner agreed to, or a review that renews nothing still
leaves the request in the last five days without the next plan (blind wave 13, AR/hh-02): the
recertification is under way and its plan is the request's (checklists/next_plan.py). With no
recertification under way at all, the running plan is the only one (blind wave 85,
LN/home-health-03).
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status
from .test_s51f_recert_not_due import _plan

# The order asks for care from 2026-03-10 (test_judgement.record's default); the plan ends 3/9.


def _hhc004(summary: str | None) -> str:
    extra = [_note("sum", "2026-03-03", summary)] if summary else []
    bundle = record("G0299", _plan("2026-01-09", "2026-03-09"), *extra, reason="L89.153")
    return status(bundle, "HHC-004", as_of=date(2026, 3, 9))["status"]


@pytest.mark.parametrize(
    "summary",
    [
        "HH RN 60-day summary / recert: wound smaller. Plan of care reviewed with Dr Hart by "
        "phone 3/3, renewed next cert period unchanged. -- M. Oyelaran RN",
        "POC reviewed with Dr. Hart 3/3 - renewed for next certification period.",
        "Discussed with Dr. Hart by phone 3/3: agrees to recertify, orders unchanged.",
        "Reviewed with Dr Hart 3/3; recertified for the next period, frequency unchanged.",
        "POC discussed with Hart, MD 3/3 - continue same plan next cert period.",
        "Went over plan with Dr. Hart 3/3, recert approved, same frequency.",
        "Recert: plan reviewed with Dr. Hart by phone 3/3, renew x 60 days unchanged.",
        "Reviewed with Dr Hart by phone 3/3. Plan renewed for next 60-day period.",
    ],
)
def test_a_plan_renewed_with_the_practitioner_covers_the_next_period(summary: str) -> None:
    assert _hhc004(summary) == "met"


@pytest.mark.parametrize(
    "summary",
    [
        "POC to be reviewed with Dr Hart for recert next week.",
        "Recert due - paperwork sent to Dr Hart 3/3, not returned.",
        "Plan of care reviewed with Dr Hart 3/3; not progressing, will discuss discharge.",
        "Renewed next cert period unchanged. -- M. Oyelaran RN",
        "Not yet discussed with Dr. Hart; recert for next period pending.",
    ],
)
def test_otherwise_the_last_five_days_still_need_the_next_plan(summary: str | None) -> None:
    assert _hhc004(summary) != "met"


def test_with_no_recert_under_way_the_running_plan_is_the_only_one() -> None:
    # No next plan begun, nor a recertification under way: the signed running plan is the plan
    # the request rests on (blind wave 85, LN/home-health-03; checklists/next_plan.py).
    assert _hhc004(None) == "met"
