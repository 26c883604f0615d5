"""A plan sent to the physician for a signature that the note then records signed, with the day,
is the signed plan (blind wave 73, JS/home-health-03).

An agency PT's evaluation closed "Plan of care sent to Dr. Marchetti for signature 9/14; signed
9/15." ConText read "for signature" as a signature still to come, the plan-of-care reader as a
plan not yet certified, and the signer reader as the therapist's own plan: HHC-004 called the
signed plan missing. The dated signature back closes the wait. The sending alone, a signature
still awaited, denied or to come, or one with no day, is still no signed plan.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.not_a_plan import left_blank

from .test_judgement import _note, record, status


def _plan_status(signature: str) -> str:
    plan = _note(
        "eval",
        "2026-09-14",
        "HH PT evaluation 9/14/26\nTUG 24 s, Tinetti 14/28, homebound. Plan: PT 2w4, 1w3 - "
        "balance, gait, fall prevention HEP. Goals TUG<16 s, Tinetti >19.\n"
        f"{signature}\n-- R. Vance PT, DPT",
    )
    order = {"authoredOn": "2026-09-08", "occurrenceDateTime": "2026-09-14",
             "note": [{"text": "PT 2w4, 1w3 = 11 visits."}]}  # fmt: skip
    bundle = record("G0151", plan, reason="R29.6", order=order)
    return status(bundle, "HHC-004", as_of=date(2026, 9, 16))["status"]


@pytest.mark.parametrize(
    "signature",
    [
        "Plan of care sent to Dr. Osei for signature 9/14; signed 9/15.",
        "POC faxed to MD for signature 9/14, signed copy returned 9/15.",
        "POC sent for MD signature - signed 9/15.",
        "Plan of care faxed to Dr Osei 9/14 -> rec'd signed 9/15/26.",
        "POC sent to PCP for signature 9/14, signed by Dr. Osei on 9/15.",
        "Plan of care sent for signature 9/14. Signature received 9/15.",
        "POC sent to Dr. Osei for signature; signed and returned 9/15.",
        "Plan of care: MD signed POC 9/15.",
    ],
)
def test_a_plan_sent_and_signed_back_with_its_day_is_signed(signature: str) -> None:
    assert _plan_status(signature) == "met"


@pytest.mark.parametrize(
    "signature",
    [
        "Plan of care sent to Dr. Osei for signature 9/14.",
        "POC faxed to MD 9/14, awaiting MD signature.",
        "Plan of care sent for signature 9/14; not yet signed.",
        "POC sent to Dr. Osei for signature 9/14; to be signed at 9/20 visit.",
        "Plan of care sent for signature 9/14; signed copy not yet returned.",
        "Plan of care signed R. Vance PT 9/14, sent to Dr. Osei for signature.",
        "Plan of care sent to Dr. Osei for signature; signed and returned.",
        "Plan of care unsigned.",
    ],
)
def test_a_plan_still_waiting_on_its_signature_is_not(signature: str) -> None:
    assert _plan_status(signature) != "met"


def test_a_signature_field_waiting_then_signed_back_is_filled() -> None:
    assert not left_blank("MD signature: sent for signature 9/14; signed 9/15")
    assert left_blank("MD signature: sent for signature 9/14")
