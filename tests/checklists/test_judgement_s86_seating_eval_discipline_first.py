"""A therapist's seating evaluation headed by the discipline, then the seating, then the
evaluation (brief s86-programs).

NV/wheelchair-01 (blind wave 101): an OTR/L's consult note reads "OT SEATING & MOBILITY
(specialty eval, RESNA ATP present): pressure mapping, needs tilt for pressure relief. Drives in
tight spaces without collision." That is the PT/OT specialty evaluation LCD L33789 asks for
(WHC-008), but the word "eval" sat in brackets after the seating words and no pattern read that
order. A referral, a waitlist, a booked evaluation and the supplier's ATP assessment alone are
none.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _evaluated(text: str) -> bool:
    note = NoteInput("DocumentReference/n1", text, date(2026, 4, 9), "Consult note")
    found = find_findings([note])
    return any(f.concept == "wheelchair-evaluation" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "OT SEATING & MOBILITY (specialty eval, RESNA ATP present): pressure mapping, needs tilt "
        "for pressure relief. Drives in tight spaces without collision. Recommends K0861 + power "
        "tilt.",
        "PT/OT w/c eval completed 4/9: safe joystick use, needs tilt-in-space.",
        "PT wheelchair (seating assessment): poor trunk control, recommends Group 3 with tilt.",
        "Occupational therapy seating and positioning (eval today) - drove trial chair safely.",
    ],
)
def test_a_therapists_seating_evaluation_is_read(text: str) -> None:
    assert _evaluated(text), text


def _whc008(text: str) -> str:
    # The ordering physician's note, as a referral is written.
    note = _note("n1", "2026-02-18", text, extra={"type": {"text": "Progress note"}})
    bundle = record("K0861", note, reason="G12.21", order_type="DeviceRequest")
    return status(bundle, "WHC-008")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Referred to OT seating & mobility (specialty eval).",
        "Order PT w/c eval.",
        "Referred to OT for w/c eval.",
        "OT seating & mobility eval - waitlisted.",
        "OT wheelchair eval scheduled 5/2.",
        "OT w/c eval to follow.",
        "Pt wheelchair assessment pending.",
        "ATP home assessment by the supplier: doorways 34 in, ramp in place.",
    ],
)
def test_a_referral_booking_or_supplier_assessment_is_none(text: str) -> None:
    assert _whc008(text) != "met", text


def test_the_ots_consult_meets_the_specialty_evaluation() -> None:
    note = _note(
        "n1",
        "2026-02-18",
        "OT SEATING & MOBILITY (specialty eval, RESNA ATP present): pressure mapping, needs "
        "tilt for pressure relief. Drives in tight spaces without collision. Recommends K0861 + "
        "power tilt.\nT. Bui, OTR/L",
        extra={"type": {"text": "Consult note"}},
    )
    bundle = record("K0861", note, reason="G12.21", order_type="DeviceRequest")
    assert status(bundle, "WHC-008")["status"] == "met"
