"""Head elevation 'as needed' is a feature of the bed, not a need for it (blind wave 21,
BW/bed-03). A hospital bed asked for by a patient with back pain and GERD 'well controlled' on a
foam wedge pillow met BED-001 on the plan's 'order hospital bed per pt request ... HOB elevation
as needed' and the order's 'HOB elevation prn.': LCD L33820 asks for a condition that needs the
head raised more than 30 degrees most of the time (or positioning an ordinary bed cannot give),
and elevation used as needed, as desired or for comfort is neither. Elevation a condition needs
stays a need."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _bed(text: str, order_note: str | None = None) -> str:
    order = {"note": [{"text": order_note}]} if order_note else None
    bundle = record(
        "E0250", _note("n1", "2026-02-20", text), reason="K21.9", order_type="DeviceRequest",
        order=order,
    )  # fmt: skip
    return status(bundle, "BED-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Plan: order hospital bed per pt request, fixed height w/ mattress (E0250), HOB "
        "elevation as needed.",
        "Hospital bed with head elevation prn.",
        "Semi-electric bed; head of bed elevation as desired.",
        "Bed ordered, HOB elevated for comfort.",
        "Head of bed elevation per pt preference.",
    ],
)
def test_elevation_as_needed_is_no_positioning_need(text: str) -> None:
    assert _bed(text) != "met"
    assert _bed("Chronic LBP, independent transfers.", order_note="HOB elevation prn.") != "met"


@pytest.mark.parametrize(
    "text",
    [
        "CHF with orthopnea; needs HOB elevation >30 degrees at all times.",
        "Aspiration risk: head of bed elevated 45 degrees, pillows insufficient.",
        "Needs head elevation to sleep, cannot lie flat; uses 4 pillows as needed.",
        "HOB elevation needed for GERD with nocturnal aspiration.",
    ],
)
def test_elevation_a_condition_needs_is_still_a_need(text: str) -> None:
    assert _bed(text) == "met"
