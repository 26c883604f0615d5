"""Blind wave 59: a bed recommended with its features is its plan.

HN/bed-02: "PT/OT: recommends hospital bed w/ head elevation, repositioning q2h" named the bed's
use, but only a plan section or an ordering statement counted (BED-004), and "HOB elevated"
was read only as the need (positioning-need's longer phrase took the span from "hob"). A
recommendation of the bed with its features, or the head raised in the plan, is its plan; a
need alone in the history ("needs head elevated >30 degrees") is not, nor a family's wish.
"""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _bed_plan(text: str) -> str:
    bundle = record(
        "E0260", _note("n1", "2026-02-20", text), reason="G35", order_type="DeviceRequest"
    )
    return status(bundle, "BED-004")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "OT eval: cannot reposition self. OT recommends semi-electric bed, HOB 30 degrees at "
        "night, turn q2h.",
        "Rec: hospital bed with rails, turn every 2 hours, head of bed elevated.",
        "PT recommended bed w/ head of bed elevation >30 deg overnight.",
        "Plan: hospital bed. HOB elevated 30 degrees after meals.",
    ],
)
def test_a_recommended_or_planned_bed_use_is_the_plan(text: str) -> None:
    assert _bed_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "HPI: MS, orthopnea, needs head elevated >30 degrees most nights. Hospital bed ordered.",
        "Wife recommends a fully electric bed. Plan: hospital bed.",
        "Recommend MD consider hospital bed.",
    ],
)
def test_a_need_or_a_wish_is_no_plan(text: str) -> None:
    assert _bed_plan(text) != "met"
