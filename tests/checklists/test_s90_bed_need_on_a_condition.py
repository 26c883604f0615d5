"""BED-001: a positioning need put on a condition to come is no need documented.

LCD L33820 covers the bed for the positioning the patient's condition needs now. "If the wound
opens, will need q2h turns" was read as that need (noticed at an earlier stop, brief
s90-noticed2; notes/conditional_needs.py); a need stated now still meets the item.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status

AS_OF = date(2026, 7, 14)


def _bed001(text: str) -> str:
    bundle = record(
        "E0260",
        _note("n1", "2026-07-02", text),
        reason="L89.152",
        order_type="DeviceRequest",
        order={"authoredOn": "2026-07-14", "occurrenceDateTime": "2026-07-20"},
    )
    return status(bundle, "BED-001", as_of=AS_OF)["status"]


@pytest.mark.parametrize(
    "text",
    [
        "Sacral stage 2 PI healed. If the wound opens, will need q2h turns.",
        "Daughter asks for hospital bed. Should the wound reopen, she will need q2h turns.",
        "Skin intact. Will need q2h turns in case the sacral area breaks down.",
    ],
)
def test_a_need_on_a_condition_is_missing(text: str) -> None:
    assert _bed001(text) == "missing", text


@pytest.mark.parametrize(
    "text",
    [
        "Sacral stage 3 PI. Needs q2h turns.",
        "Stage 3 sacral PI, turned q2h per wound care.",
        "Wound reopened 6/20; will need q2h turns until healed.",
    ],
)
def test_a_need_stated_now_is_met(text: str) -> None:
    assert _bed001(text) == "met", text
