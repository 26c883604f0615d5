"""A bed planned with its support surface is the bed's plan of type and features (blind wave 97,
NI/hospital-bed-02: "ALS, bedbound, needs q2h repositioning ... HOB 30 deg for aspiration
precautions. Plan: hospital bed w/ group 1 overlay." was read as no plan). BED-004 asks for the
bed's type, features and use: the overlay, mattress or group 1/2 support surface ("GSS") the bed
is ordered with is a feature as its rails are, and the note's positioning needs are its use.
The surface must be the hospital bed's: one on the patient's own bed, one in the past or in the
family's history, one declined or asked about by the family, and the bed named alone stay no
plan.
"""

from __future__ import annotations

import pytest

from .test_judgement_wave20_bed_order_plan import _bed_plan


@pytest.mark.parametrize(
    "text",
    [
        "ALS, bedbound, needs q2h repositioning, sacral stage 3 PI. HOB 30 deg for aspiration "
        "precautions.\nPlan: hospital bed w/ group 1 overlay. Wife requests height adjustable.",
        "Bedbound, needs q2h turns. Plan: hosp bed w/ GSS.",
        "Bedbound, needs q2h turns. Plan: hospital bed with overlay.",
        "Bedbound, needs q2h turns.\nPlan: hospital bed + group 2 support surface.",
        "Bedbound. A/P: semi-electric hospital bed and foam overlay, reposition q2h.",
        "Bedbound, turns q2h. Plan: group 1 overlay for the hospital bed.",
    ],
)
def test_the_bed_with_its_support_surface_is_the_bed_s_plan(text: str) -> None:
    assert _bed_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        "Bedbound. Plan: no hospital bed w/ overlay needed at this time.",
        "Bedbound. Has a gel overlay on her own bed at home. Plan: f/u 3 mo.",
        "Bedbound. Plan: Wife asks about a hospital bed with overlay; will discuss.",
        "Bedbound. Plan: hospital bed.",
        # An incontinence pad is no support surface.
        "Bedbound. Plan: hospital bed w/ chux pad.",
        "Bedbound. Hx: hospital bed w/ overlay 2019, returned. Plan: f/u.",
        "Bedbound. Plan: hospital bed for home. Family hx: father had hospital bed w/ overlay.",
    ],
)
def test_a_surface_not_planned_for_the_hospital_bed_is_no_plan(text: str) -> None:
    assert _bed_plan(text) != "met"
