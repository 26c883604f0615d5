"""The recertification asked for while the current plan runs, when that plan is a signed document
rather than a CarePlan (blind wave 59, HP/home-health-02: a "Home Health Recertification Summary"
form "Cert period: 01/03/2026 - 03/03/2026 (recert #1)" signed 1/02, the order for recert #2 from
3/04 asked for on 2/20). The plan in force covers the period right after it until the next plan
is due in its last five days (42 CFR 484.55(d)(1); plans_ahead.recert_not_due), whether it is
charted as a CarePlan or written in a note. A service that starts days after the plan ends still
needs the next plan (blind wave 13, AR/hh-02), and so does a request in those last five days once
that plan is begun (blind wave 22, CB/hh-02; with none begun: blind wave 85, LN/home-health-03).
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

# The order asks for care from 2026-03-10 (test_judgement.record's default).
_PLAN_TYPE = {"type": {"text": "Plan of care note"}, "description": "Home health plan of care"}


def _document(period: str) -> dict:
    text = (
        "HOME HEALTH PLAN OF CARE (recert)\n"
        f"Certification period: {period}   SOC 11/10/2025\n"
        "Dx L89.153. SN 3w9 wound care/measurement, HHA 2w9.\n"
        "Goals: wound depth < 0.5 cm by end of period; caregiver independent with turning.\n"
        "Physician signature: Dr. H. Lindqvist MD  Date: 01/06/2026"
    )
    return _note("poc", "2026-01-06", text, extra=_PLAN_TYPE)


def _plan_status(period: str, checked: date) -> str:
    bundle = record("G0299", _document(period), reason="L89.153")
    return status(bundle, "HHC-004", as_of=checked)["status"]


@pytest.mark.parametrize("period", ["01/09/2026 - 03/09/2026", "1/9/26-3/9/26"])
def test_the_running_plan_document_covers_the_next_period(period: str) -> None:
    assert _plan_status(period, date(2026, 2, 20)) == "met"


def test_a_request_in_its_last_five_days_needs_the_next_plan_once_begun() -> None:
    # The next period's plan written and sent for signature (CB/hh-02): that plan is the
    # request's. With none begun, the running plan is the only one (test_s75b_recert_none_begun).
    draft = _note("rc", "2026-03-05", "RECERTIFICATION SUMMARY\nPLAN OF CARE 03/10/2026-05/08/2026 "
                  "sent to physician for signature.\nPhysician signature: ***")  # fmt: skip
    bundle = record("G0299", _document("01/09/2026 - 03/09/2026"), draft, reason="L89.153")
    assert status(bundle, "HHC-004", as_of=date(2026, 3, 6))["status"] != "met"


def test_a_plan_ending_days_before_the_service_does_not_cover_it() -> None:
    assert _plan_status("01/05/2026 - 03/05/2026", date(2026, 2, 20)) != "met"


def test_the_next_periods_own_plan_on_record_must_be_the_signed_one() -> None:
    draft = _note("rc", "2026-02-18", "RECERTIFICATION SUMMARY\nPLAN OF CARE 03/10/2026-05/08/2026 "
                  "sent to physician for signature.\nPhysician signature: ***")  # fmt: skip
    bundle = record("G0299", _document("01/09/2026 - 03/09/2026"), draft, reason="L89.153")
    assert status(bundle, "HHC-004", as_of=date(2026, 2, 20))["status"] != "met"
