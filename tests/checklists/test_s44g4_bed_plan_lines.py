"""A bed's plan written as the clinician's own order or under a bed-plan heading (phrasing grid
s44, BED-004): "Order semi-electric bed w/ rails ...", "we'll get a hi-lo bed with half rails",
a "Hospital bed plan" or "DME order details --" heading over the type and features. LCD L33820
asks for the bed's type, features and use; a heading that names the bed's plan is a plan section
as "DME details" is, and an order in the imperative is the orderer's plan as "will order" is.
A bed named without features, or a family's question, stays no plan.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave20_bed_order_plan import _bed_plan


@pytest.mark.parametrize(
    "text",
    [
        "Seen with daughter.\nBed plan\nKind: hi-lo bed\nExtras: half rails, gel overlay\n"
        "Turns: every 3 hours",
        "Seen at home.\nDME order details -- variable height bed with full rails, "
        "alternating pressure pad.",
        "Order hi-lo bed w/ half rails so HOB can be raised for reflux at night.",
        "we will get a variable height bed with rails and a low air loss pad, turn every 2 hrs",
    ],
)
def test_a_bed_plan_heading_or_the_orderer_s_own_words_plan_the_bed(text: str) -> None:
    assert _bed_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Bed plan\nKind: hospital bed",
        "Daughter asks whether we can get a hi-lo bed with rails.",
    ],
)
def test_no_features_or_the_family_s_question_is_no_plan(text: str) -> None:
    assert _bed_plan(text) != "met"
