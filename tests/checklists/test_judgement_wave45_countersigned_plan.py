"""An agency therapist's plan of care the certifying physician countersigned, with the date, is
the practitioner's signed plan (blind wave 45, FM/homehealth-03).

HHC-004 takes a note's plan of care only when a practitioner signed it or reviewed it: the agency
PT's own "POC: PT 2w4" is the therapist's plan (blind wave 21). "Signed R. Vance DPT; Dr Osei
signed 3/04/26" records the physician's signature on that plan, which was read as neither a
certification nor a practitioner's hand.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _plan_status(signature: str) -> str:
    plan = _note(
        "eval",
        "2026-03-03",
        "HOME HEALTH PT EVALUATION (SOC 3/03): gait 30 ft with walker, 3 falls this year. "
        f"POC: PT 2w3, 1w3 (9 visits); goals gait 150 ft, independent HEP. {signature}",
    )
    order = {"authoredOn": "2026-03-05", "occurrenceDateTime": "2026-03-09",
             "note": [{"text": "PT 9 visits over 6 wks"}]}  # fmt: skip
    bundle = record("G0151", plan, reason="S72.002D", order=order)
    return status(bundle, "HHC-004", as_of=date(2026, 3, 5))["status"]


@pytest.mark.parametrize(
    "signature",
    [
        "Signed R. Vance DPT; Dr Osei signed 3/04/26.",
        "Signed R. Vance DPT; Dr. Osei countersigned 3/04/2026.",
    ],
)
def test_the_physicians_dated_countersignature_makes_it_the_signed_plan(signature):
    assert _plan_status(signature) == "met"


@pytest.mark.parametrize(
    "signature",
    [
        "Signed R. Vance DPT",
        "Signed R. Vance DPT; Dr Osei to sign.",
        "Signed R. Vance DPT; awaiting Dr Osei signature 3/06.",
    ],
)
def test_the_therapists_own_plan_is_not(signature):
    assert _plan_status(signature) != "met"
