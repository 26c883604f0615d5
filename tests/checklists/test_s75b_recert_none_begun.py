"""A recertification asked for in the running plan's last five days, with no next plan begun
anywhere, rests on the running plan (blind wave 85, LN/home-health-03: "HOME HEALTH
RECERTIFICATION / PLAN OF CARE - period 06/02/2026-07/31/2026 ... Signed: Abigail Mensah, CNP
06/08/2026", the next cert from 8/1 asked for on 7/30, "Plan of care dated 6/8 on file").

The next plan is reviewed and signed in those days (42 CFR 484.55(d)(1)); once it is on record
(drafted, sent for signature, left "***", a verbal order, a promise to sign it for its period)
it is the request's and must be signed (CB/hh-02, CC/hh-02, DL/hh-02, EV/home-health-03). A
plan that ended before the request, or one that ends days before the service, covers nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_ORDER = {
    "authoredOn": "2026-07-28",
    "occurrenceDateTime": "2026-08-01",
    "note": [{"text": "LPN SN 2x/wk x 8 wks = 16 visits; next cert 08/01-09/29/2026."}],
}
_PLAN = (
    "HOME HEALTH RECERTIFICATION / PLAN OF CARE — period {period}\n"
    "Dx: E11.65, H54.1131\n"
    "Discipline: LPN skilled nursing 2x/wk x 8 wks (16 visits) for insulin pen pre-fill & "
    "glucose review.\n"
    "Goals: A1c <8.5 by 7/31; zero ED visits for hypoglycemia.\n"
    "Signed: Abigail Mensah, CNP  {signed}"
)
_POC_TYPE = {"type": {"coding": [{"system": "http://loinc.org", "code": "18776-5"}],
                      "text": "HH recertification POC"}}  # fmt: skip


def _plan(period: str = "06/02/2026-07/31/2026", signed: str = "06/08/2026") -> dict:
    text = _PLAN.format(period=period, signed=signed)
    return _note("poc", "2026-06-08", text, extra=_POC_TYPE)


def _status(*notes: dict, as_of: date = date(2026, 7, 30), order: dict | None = None) -> str:
    bundle = record("G0300", *notes, reason="E11.65", order=order or _ORDER)
    return status(bundle, "HHC-004", as_of=as_of)["status"]


@pytest.mark.parametrize("day", [date(2026, 7, 27), date(2026, 7, 30), date(2026, 7, 31)])
def test_the_running_plan_covers_a_recert_asked_in_its_last_days(day: date) -> None:
    assert _status(_plan(), as_of=day) == "met"


def test_a_case_managers_note_pointing_at_the_plan_changes_nothing() -> None:
    phone = _note("cm", "2026-07-22", "CASE MANAGEMENT NOTE\nRequesting continued LPN visits as "
                  "next cert starts 8/1. Plan of care dated 6/8 on file.")  # fmt: skip
    assert _status(_plan(), phone) == "met"


@pytest.mark.parametrize(
    "text",
    [
        # the next period's plan written, its signature still to come
        "RECERT PLAN OF CARE 08/01/2026-09/29/2026\nSN 2x/wk x 8 wks.\nPhysician signature: ***",
        "Recert POC sent to NP for signature 7/27 - not yet returned.",
        "Recertification plan of care pending physician signature.",
        # a verbal order for the recert, not signed
        "Verbal order 7/28 from A. Mensah CNP: recert SN 2x/wk x 8 wks. Plan of care to follow.",
        # the practitioner's promise to sign the next plan for its period
        "Will sign recert POC for 8/1-9/29 when agency sends it.",
        # the recertification under way, or a discharge discussed instead
        "Recert due - paperwork sent to NP 7/27, not returned.",
        "Recert for next period pending; NP to review.",
        "Not progressing; will discuss discharge with NP at end of period.",
    ],
)
def test_a_next_plan_begun_and_unsigned_is_the_requests(text: str) -> None:
    assert _status(_plan(), _note("next", "2026-07-27", text)) != "met", text


def test_a_next_plan_as_a_draft_careplan_is_the_requests() -> None:
    draft = {
        "resourceType": "CarePlan", "id": "draft", "status": "draft", "intent": "plan",
        "title": "Home health POC recert", "subject": {"reference": "Patient/p"},
        "period": {"start": "2026-08-01", "end": "2026-09-29"}, "created": "2026-07-27",
        "description": "SN 2x/wk x 8 wks",
    }  # fmt: skip
    assert _status(_plan(), draft) != "met"


def test_a_plan_sent_for_signature_early_in_its_own_period_is_the_running_ones() -> None:
    # "sent for signature" on 6/03, signed 6/08: the running plan's own, not a next one.
    sent = _note("sent", "2026-06-03", "Recert POC sent to A. Mensah CNP for signature.")
    assert _status(_plan(), sent) == "met"


def test_a_plan_that_ended_before_the_request_covers_nothing() -> None:
    assert _status(_plan(), as_of=date(2026, 8, 3)) != "met"


def test_a_plan_ending_days_before_the_service_covers_nothing() -> None:
    assert _status(_plan("06/02/2026-07/26/2026"), as_of=date(2026, 7, 24)) != "met"


def test_an_unsigned_running_plan_is_no_plan() -> None:
    text = _PLAN.format(period="06/02/2026-07/31/2026", signed="").replace(
        "Signed: Abigail Mensah, CNP  ", "Physician signature: ***   Date: ***"
    )
    unsigned = _note("poc", "2026-06-08", text, extra=_POC_TYPE)
    assert _status(unsigned) != "met"
