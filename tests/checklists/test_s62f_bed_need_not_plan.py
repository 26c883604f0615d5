"""Blind wave 62 (HA/hospital-bed-03): a need written under a plan heading is no bed plan.

"DME order: Hospital bed hi-lo. Per daughter's call, pt sleeping in recliner, needs head
elevation" says why the bed is asked for (BED-001's positioning need), not how it will be used:
the head written as what the patient "needs", "requires" or has a "need for" is the need, as it
is in the history (blind wave 59). The plan raises the head or turns the patient on a schedule;
a need for the bed with its features names the bed and stays its plan.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave20_bed_order_plan import _bed_plan


@pytest.mark.parametrize(
    "text",
    [
        "DME order: Hospital bed hi-lo. Per daughter's call, pt sleeping in recliner, needs head "
        "elevation, difficulty getting in/out of bed. Last seen 8/2025.",
        "Plan: pt needs head elevation at night.",
        "A/P: orthopnea, requires HOB elevated 30 deg.",
        "Plan: hospital bed. Pt needs HOB >30 degrees.",
        "P: needs elevation of the head due to GERD.",
        "Plan: need for HOB elevation >30 deg at all times.",
        "Assessment/Plan: in need of constant head elevation, sleeps in recliner.",
    ],
)
def test_the_patient_s_need_under_a_plan_heading_is_no_plan(text: str) -> None:
    assert _bed_plan(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "Plan: hospital bed, HOB elevated 30 deg at night.",
        "Plan: pt needs hospital bed with side rails, HOB 30 deg.",
        "Plan: keep HOB elevated; turn q2h.",
        "Plan: elevate the head of bed 30 degrees at night, needs repositioning q2h.",
    ],
)
def test_the_head_raised_or_the_bed_with_its_features_is_the_plan(text: str) -> None:
    assert _bed_plan(text) == "met"


def test_a_need_denied_is_no_plan() -> None:
    assert _bed_plan("Plan: does not need head elevation.") != "met"
