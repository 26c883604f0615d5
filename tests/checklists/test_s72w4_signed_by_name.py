"""A re-evaluation's updated plan sent for a signature and recorded signed with the signer's name
but no "by" is the signed plan (blind wave 81, KW/therapy-pt-ot-chiro-01).

The PT evaluation of 2/9 set three measurable goals and a plan "2x/wk x 8 wks (02/09/2026 -
04/05/2026)"; the re-evaluation of 3/30 graded them ("#3 not met") and renewed the plan "continue
2x/wk x 6 wks ... Updated POC sent for signature - signed A. Pemberton MD 04/01/2026". The
evaluation's plan had ended the day before the request, so its goals count only through a signed
renewal (renewed_plans.py), and the signature back was read only as "signed by <name> <day>":
PT-001 called the plan partial. A signature written "signed <name> <day>" is the same signature.
The sending alone, a name and day with no signature, a signature still to come or one with no day
are no signature back.
"""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.signed_back import asked_and_signed

from .test_judgement import _note, record, status

AS_OF = dt.date(2026, 4, 6)
EVAL = (
    "PHYSICAL THERAPY INITIAL EVALUATION 02/09/2026\nODI 44%. Lumbar flexion 40% limited.\n"
    "PLAN OF CARE: Dx M54.50. Ther ex, manual therapy, HEP. Freq 2x/wk x 8 wks (02/09/2026 - "
    "04/05/2026), then re-assess.\nGoals: (1) ODI < 20% in 8 wks; (2) sit 60 min w/o increased "
    "pain; (3) lift 20 lb floor-to-waist.\nPhysician certification: signed A. Pemberton MD "
    "02/12/2026"
)
SENT = (
    "PROGRESS NOTE / RE-EVALUATION (visit 10) 03/30/2026\nODI 30% (from 44).\nGoals: #1 "
    "progressing, #2 progressing, #3 not met.\nPlan: continue 2x/wk x 6 wks (12 visits) "
    "03/30-05/10/2026. Updated POC sent for signature - "
)


def _plan_status(signature: str) -> str:
    notes = [_note("n1", "2026-02-09", EVAL), _note("n2", "2026-03-30", SENT + signature)]
    order = {"authoredOn": "2026-04-01", "occurrenceDateTime": "2026-04-08",
             "note": [{"text": "PT 2x/wk x 6 wks = 12 visits"}]}  # fmt: skip
    bundle = record("97110", *notes, reason="M54.50", order=order)
    return status(bundle, "PT-001", as_of=AS_OF)["status"]


SIGNED = [
    "signed A. Pemberton MD 04/01/2026.",
    "signed Dr. Pemberton 4/1/26.",
    "signed: A. Pemberton, MD 04/01/2026.",
    "signed - Dr Pemberton on 4/1.",
    "e-signed A Pemberton MD 04/01/26.",
    "signed Amy Pemberton, DO 4/1/2026.",
    "signed Pemberton MD 4/1",
    "cosigned A.B. Pemberton NP 04/01/2026",
    "SIGNED DR. PEMBERTON 04/01/2026",
]
NOT_SIGNED = [
    # the day of the sending, with no signature back
    "A. Pemberton MD 04/01/2026.",
    "to A. Pemberton MD 04/01/2026.",
    # a signature to come, or denied
    "to be signed Dr. Pemberton 4/10.",
    "not yet signed A. Pemberton MD 04/01/2026.",
    "unsigned A. Pemberton MD 04/01/2026.",
    # signed, with no day
    "signed A. Pemberton MD.",
]


@pytest.mark.parametrize("signature", SIGNED)
def test_a_signature_back_naming_its_signer_without_by_is_signed(signature: str) -> None:
    assert asked_and_signed("Updated POC sent for signature - " + signature)
    assert _plan_status(signature) == "met"


@pytest.mark.parametrize("signature", NOT_SIGNED)
def test_the_sending_alone_or_a_signature_to_come_renews_nothing(signature: str) -> None:
    assert not asked_and_signed("Updated POC sent for signature - " + signature)
    assert _plan_status(signature) != "met"
