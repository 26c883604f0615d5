"""Therapy referred with its frequency and weeks is care to come, whatever stands between the
therapy and its weeks (blind wave 29, DA/hip-03): "Referral: outpatient PT R hip OA 2x/wk x 6
wks." of the day naproxen began made six weeks of therapy before that day, and seven weeks of
care a 91-day episode, where a reviewer saw care begun with the referral, short of 3 months.
A referral's words or the setting ("refer to", "outpatient", "home") may stand before the
therapy, the region or diagnosis it treats after it; a statement that says the therapy ran or
how it went ("Did PT ... - no relief") still tells weeks already done."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_NAPROXEN = {
    "resourceType": "MedicationRequest",
    "id": "mr1",
    "status": "active",
    "intent": "order",
    "subject": {"reference": "Patient/p"},
    "medicationCodeableConcept": {"text": "naproxen 500 MG Oral Tablet"},
    "authoredOn": "2026-01-05",
    "requester": {"reference": "Practitioner/dr"},
}


def _tha(text: str) -> str:
    notes = [
        _note("n1", "2026-01-05", f"{text} Naproxen 500 mg BID."),
        _note("n2", "2026-03-06", "Ortho: L hip OA, no better with naproxen. Request L THA."),
    ]
    request = {"authoredOn": "2026-03-06", "occurrenceDateTime": "2026-03-30"}
    bundle = record("27130", _NAPROXEN, *notes, reason="M16.12", order=request)
    report = score_bundle(bundle, as_of=date(2026, 3, 9))
    return {i["id"]: i for i in report["items"]}["THA-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Referral: outpatient PT L hip OA 2x/wk x 12 wks.",
        "Plan: refer to PT for L hip 2x/week for 12 weeks.",
        "Rx: home PT (L hip) 3x/wk x 12 wks.",
    ],
)
def test_a_referral_s_weeks_are_to_come(text: str) -> None:
    assert _tha(text) != "met"


def test_weeks_said_done_still_count() -> None:
    assert _tha("Did PT L hip OA 2x/wk x 12 wks - no relief.") == "met"
