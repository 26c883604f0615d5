"""A plan sent for its signature in a sentence of its own is not yet certified (brief s80-poc).

"Recert 5/1/26: continue 1x/wk x 8 wks, same goals. Sent to Dr. Lee for signature." was read as
the signed recertification: the sending was caught only when the plan's name stood in the same
sentence ("Recert sent to Dr. Lee for signature"; not_a_plan._TO_BE_SIGNED). At a sentence's start
("Sent to ...", "Faxed to ...", "Awaiting MD signature.", "Pending physician signature.") the thing
sent is the plan the note writes (not_a_plan._SENT_OFF). Near misses keep the plan: the signature
recorded back with its day on that line or a later one, and another paper sent ("Labs sent for
signature").
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

_EVAL = (
    "PT EVALUATION 2/2/26\nODI 40%.\nPOC: 2x/wk x 12 wks. Goals: ODI < 20%, sit 60 min, lift "
    "25 lb. Certified Dr. Lee MD 2/4/26."
)
_RECERT = "Recert 5/1/26: continue 1x/wk x 8 wks, same goals. "


def _therapy_plan(text: str) -> str:
    bundle = record(
        "97110", _note("e0", "2026-02-02", _EVAL), _note("n1", "2026-05-01", text),
        reason="M54.16",
        order={"authoredOn": "2026-06-10", "occurrenceDateTime": "2026-06-20",
               "quantityQuantity": {"value": 8, "unit": "visits"}},
    )  # fmt: skip
    return status(bundle, "PT-001", service="97110", as_of=date(2026, 6, 15))["status"]


@pytest.mark.parametrize(
    "sent",
    [
        "Sent to Dr. Lee for signature.",
        "Faxed to Dr. Lee for signature.",
        "Awaiting MD signature.",
        "Pending physician signature.",
        "Routed to PCP for co-signature.",
        "To be signed by Dr. Lee.",
        "Sent to Dr. Lee for signature. Not yet signed 5/10.",
    ],
)
def test_a_recert_sent_for_signature_in_its_own_sentence_is_not_certified(sent: str) -> None:
    assert _therapy_plan(_RECERT + sent) != "met"


@pytest.mark.parametrize(
    "text",
    [
        _RECERT + "Signed Dr. Lee 5/2/26.",
        _RECERT + "Sent to Dr. Lee for signature 5/1; signed 5/3.",
        _RECERT + "Sent to Dr. Lee for signature.\nSigned by Dr. Lee MD 5/3/26.",
        # The signer named any way, on a later line (KU/therapy-pt-ot-chiro-03).
        _RECERT + "Sent to surgeon for signature.\nSigned by surgeon M. Thibodeaux MD 5/3/26.",
        # Another paper sent: the recert is signed.
        _RECERT + "Signed Dr. Lee 5/2/26. Labs sent for signature.",
    ],
)
def test_a_recert_signed_back_or_another_paper_sent_stays_the_plan(text: str) -> None:
    assert _therapy_plan(text) == "met"


_F2F = (
    "Office visit 5/20/26, seen face to face for HH. CHF exacerbation; needs SN for meds "
    "teaching, homebound: leaving home requires taxing effort, walker. -Dr. Lee"
)
_HH_RECERT = (
    "HOME HEALTH RECERTIFICATION\nRecert period 06/01/2026-07/30/2026. SN 1w8 CHF meds. Goals: "
    "daily weights independent. "
)


def _home_health_plan(text: str) -> str:
    bundle = record(
        "G0299", _note("f", "2026-05-20", _F2F), _note("n1", "2026-06-01", text),
        reason="I50.9",
        order={"authoredOn": "2026-06-10", "occurrenceDateTime": "2026-06-20",
               "quantityQuantity": {"value": 8, "unit": "visits"}},
    )  # fmt: skip
    return status(bundle, "HHC-004", service="G0299", as_of=date(2026, 6, 15))["status"]


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("Signed by Dr. Lee MD 6/1/2026.", "met"),
        ("Awaiting physician signature.", "missing"),
        ("Faxed to Dr. Lee for signature 6/1.", "missing"),
        ("Faxed to Dr. Lee for signature 6/1; signed 6/3.", "met"),
    ],
)
def test_a_home_health_recert_awaiting_its_signature_is_no_plan(tail: str, expected: str) -> None:
    assert _home_health_plan(_HH_RECERT + tail) == expected
