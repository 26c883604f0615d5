"""Blind wave 62 (HA/hospital-bed-03): the bed's type alone is no plan for it (BED-004).

"DME order: Hospital bed hi-lo." names the bed the HCPCS code already names (E0255 is the
variable-height "hi-lo" bed; E0260 the semi-electric one): it restates the order's item, with no
feature, positioning or elevation schedule. The plan the checklist asks for (LCD L33820: the
bed's type, features and use) needs more than the code's own name; the type beside a feature or
a use still plans it, and a denied bed plans nothing.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave20_bed_order_plan import _bed_plan


@pytest.mark.parametrize(
    "text",
    [
        "DME order: Hospital bed hi-lo.",
        "Plan: semi-electric hospital bed.",
        "A/P: will order hi/lo bed.",
        "Order: variable height hospital bed.",
        "DME: full electric bed requested.",
        "Plan: high-low bed.",
        "Plan: manual hospital bed.",
        "Will order hi-lo bed, qty 1.",
        "Plan: hospital bed hi lo",
    ],
)
def test_the_bed_s_type_alone_is_no_plan(text: str) -> None:
    assert _bed_plan(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "DME order: Hospital bed hi-lo w/ half rails, HOB 30 deg at night.",
        "Plan: semi-electric bed, turn q2h.",
        "Will order variable height bed with side rails and gel overlay.",
        "Plan: hi-lo bed so HOB can be elevated for reflux.",
    ],
)
def test_the_type_with_a_feature_or_a_use_is_the_plan(text: str) -> None:
    assert _bed_plan(text) == "met"


def test_a_bed_denied_is_no_plan() -> None:
    assert _bed_plan("Plan: no hi-lo bed needed at this time.") != "met"
