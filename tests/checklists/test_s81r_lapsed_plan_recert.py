"""A plan of care that ran out shortly before the request makes it a recertification: HHC-006's
review is due, not "none found yet" (blind wave 96, NG/hh-02: "POC cert 04/10-06/08/2026 ...
Signed A. Lindqvist MD" in a note titled "Summary of episode note", a "RECERTIFICATION Cert
period: *** to ***" template beside it, more skilled nursing asked for on 7/18).

Near misses: a first request (no plan on record) and a plan still in force read as before; a plan
that ended more than 60 days before is another episode's, the request a new start of care."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

AS_OF = date(2026, 7, 20)
F2F = _note("f2f", "2026-03-30", "Office visit: R heel ulcer, homebound. HH SN for NPWT changes.")
DRAFT = _note(
    "draft",
    "2026-07-18",
    "RECERTIFICATION  Cert period: *** to ***\nProgress toward goals: ***\n"
    "Physician signature: ________  Date: ***",
)


def _hhc006(*notes: dict) -> str:
    bundle = record("G0299", F2F, *notes, reason="L97.412")
    return status(bundle, "HHC-006", as_of=AS_OF)["status"]


def _plan(start: str, end: str, written: str) -> dict:
    text = f"POC cert {start}-{end}. SN 3w8 NPWT changes. Goal: wound 50% smaller. Signed MD"
    return _note("poc", written, text)


def test_a_plan_run_out_six_weeks_before_asks_for_its_review():
    assert _hhc006(_plan("04/10", "06/08/2026", "2026-04-10"), DRAFT) == "missing"
    assert _hhc006(_plan("04/10", "06/08/2026", "2026-04-10")) == "missing"


def test_a_first_request_or_an_old_episode_needs_no_review_yet():
    assert _hhc006() == "not_applicable"
    assert _hhc006(DRAFT) == "not_applicable"
    # Another episode: its plan ran out in January, half a year before this start of care.
    assert _hhc006(_plan("11/10/2025", "01/08/2026", "2025-11-10")) == "not_applicable"
