"""A recertified plan of care still waiting for the physician, found by blind wave 41
(EW/pt-03): the OT plan certified 9/16-11/16 had ended, and the recertification of 11/20 (its
period, frequency and goals written) closed "Physician signature: PENDING MD SIGNATURE"; PT-001
took the unsigned recert as the plan in force. A plan whose signature field is still to come is
not yet certified (``filled``, as the speech checklist reads it); the signed recert is."""

from __future__ import annotations

import datetime as dt

import pytest

from .test_judgement import _note, record, status

_FIRST = (
    "PT EVALUATION 3/2/26: L ankle ORIF, LEFS 30/80.\n"
    "Plan of care 3/2/26 - 4/30/26: 2x/wk x 8 wks. Goals: LEFS > 60, stairs reciprocal.\n"
    "Physician certification: R. Ames MD 3/4/26."
)


def _plan(signature: str) -> str:
    recert = (
        "PT RECERTIFICATION 5/4/26 - 6/26/26: 2x/wk x 8 wks. Goals: LEFS > 65, jog 10 min.\n"
        f"Physician signature: {signature}"
    )
    notes = [_note("n1", "2026-03-02", _FIRST), _note("n2", "2026-05-04", recert)]
    order = {"authoredOn": "2026-05-11", "occurrenceDateTime": "2026-05-18"}
    bundle = record("97110", *notes, reason="S82.852D", order=order)
    return status(bundle, "PT-001", as_of=dt.date(2026, 5, 14))["status"]


@pytest.mark.parametrize(
    "signature", ["PENDING MD SIGNATURE", "awaiting Dr. Ames", "(sent for signature 5/5)"]
)
def test_a_recert_still_to_be_signed_after_the_plan_lapsed_is_no_plan(signature: str) -> None:
    assert _plan(signature) != "met"


def test_the_signed_recert_is_the_plan_in_force() -> None:
    assert _plan("R. Ames MD 5/6/26") == "met"
