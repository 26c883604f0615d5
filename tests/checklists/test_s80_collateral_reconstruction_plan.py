"""KAS-004: the collateral ligaments' and the posterolateral corner's reconstruction is the planned
procedure (brief s80-poc), as stop 59 made the cruciates' ("ACL recon", "ACLR", "BTB autograft":
test_s78_plans_recognised.py).

"Plan: R MCL reconstruction 12/10", "LCL recon", "PLC reconstruction", "posterolateral corner
reconstruction", a multiligament reconstruction: the knee's ligament surgery a surgeon plans beside
or with the arthroscopy (notes/targets.yaml, arthroscopy-plan). Near misses stay no plan: an MCL
sprain braced without surgery, a past reconstruction, one declined, one in the family, and the
elbow's UCL (Tommy John) reconstruction for a knee order.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _arthroscopy_plan(text: str, reason: str = "S83.412A") -> str:
    # S83.412A: sprain of the medial collateral ligament of the left knee.
    bundle = record(
        "29888", _note("n1", "2026-11-24", text), reason=reason,
        order={"authoredOn": "2026-11-24", "occurrenceDateTime": "2026-12-10"},
    )  # fmt: skip
    return status(bundle, "KAS-004", as_of=date(2026, 11, 30))["status"]


@pytest.mark.parametrize(
    "text",
    [
        "L knee valgus instability, MCL grade III on MRI.\nPlan: L MCL reconstruction 12/10.",
        "Plan: L knee MCL recon with semitendinosus allograft 12/10.",
        "Plan: L LCL reconstruction 12/10. Goal return to sport 9 mo.",
        "A/P: L knee PLC injury, varus thrust. Plan: L PLC reconstruction 12/10.",
        "Plan: L knee posterolateral corner reconstruction (LaPrade) 12/10.",
        "Plan: L knee ACL/MCL recon 12/10.",
        "Plan: L multiligament knee reconstruction (ACL + PLC) 12/10.",
        "Plan: L knee posteromedial corner reconstruction 12/10.",
    ],
)
def test_collateral_and_corner_reconstruction_is_the_planned_procedure(text: str) -> None:
    assert _arthroscopy_plan(text) == "met"


@pytest.mark.parametrize(
    "text",
    [
        # The ligament named, no surgery planned.
        "L knee MCL sprain grade II. Plan: hinged knee brace 6 wks, PT, no surgery.",
        "L knee: isolated MCL tear, nonoperative management.",
        # A past one, one declined, one in the family.
        "PSH: L MCL reconstruction 2019. Now L knee pain.",
        "Discussed L PLC reconstruction, pt declines surgery.",
        "FHx: father had LCL reconstruction.",
        "L knee: s/p posterolateral corner reconstruction 2018, doing well.",
    ],
)
def test_a_ligament_named_past_declined_or_family_reconstruction_is_no_plan(text: str) -> None:
    assert _arthroscopy_plan(text) == "missing"


def test_the_elbow_s_ucl_reconstruction_is_not_the_knee_s_plan() -> None:
    # Written "elbow MCL reconstruction" it is the elbow's too: the ligament's letters named with
    # another joint are blanked as a region word (test_s82_ligament_of_another_joint.py).
    text = "R elbow medial pain in pitcher. Plan: R elbow UCL reconstruction (Tommy John) 12/10."
    assert _arthroscopy_plan(text) == "missing"
