"""Trouble getting out of bed is no positioning need for a hospital bed (blind wave 42,
FA/bed-03). 'A: knee OA, difficulty w/ bed mobility', with a family asking for a bed, met BED-001
through the transfer-limitation vocabulary, though the patient slept flat with no wound, heart
failure or aspiration. LCD L33820 asks for positioning an ordinary bed cannot give (frequent
changes of position, head elevation of 30 degrees or more, traction); a transfer limit counts
for the bed only when it is about turning or repositioning the body, or the patient is bedbound.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _bed(text: str) -> str:
    bundle = record("E0260", _note("n1", "2026-02-19", text), reason="M17.0",
                    order_type="DeviceRequest")  # fmt: skip
    return status(bundle, "BED-001")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "A: Hip OA, difficulty w/ bed mobility. Lies flat, no SOB, skin intact.",
        "Son says she has difficulty getting out of bed in the mornings. No wounds.",
        "Needs help getting out of bed; otherwise walks in the home with a cane.",
    ],
)
def test_getting_in_and_out_of_bed_is_no_positioning_need(text: str) -> None:
    assert _bed(text) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "Bedbound after stroke, needs max assist for all transfers.",
        "Bed mobility: dependent, cannot roll without two staff.",
        "Dependent for repositioning in bed; wife does the turns at night.",
    ],
)
def test_a_limit_on_turning_or_repositioning_is_one(text: str) -> None:
    assert _bed(text) == "met"
