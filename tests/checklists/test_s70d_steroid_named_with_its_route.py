"""A knee's steroid injection told by its drug and an intra-articular route is HYA-003's.

Blind wave 75, KA/injectable-hyaluronan-knee-02: a pharmacist's medication-history table row
"Methylprednisolone 40 mg | IA R knee | 03/2024, 09/2024 | ~6 wks relief each" was read as a
systemic steroid only, so the failed injection the LCD asks for was called missing. A depot
steroid (methylprednisolone, betamethasone, dexamethasone ...) with its route into the joint
("IA", "intra-articular", "injected", "inj") is the joint's injection; the same drug by mouth, a
vein or a muscle, another joint or side, or a relative's is none.
"""

from __future__ import annotations

import pytest

from .test_s54c_knee_steroid_history import _steroid_history


@pytest.mark.parametrize(
    "hpi",
    [
        "Med hx: Methylprednisolone 40 mg | IA R knee | 03/2024, 09/2024 | ~6 wks relief each |",
        "methylprednisolone acetate 40 mg IA R knee 3/2024, helped 6 wks.",
        "methylpred 80mg intra-articular R knee 9/2024 - 2 mo relief.",
        "Betamethasone (Celestone) 6 mg injected into R knee 2024, brief benefit.",
        "Dexamethasone 4 mg + lidocaine R knee inj 5/2025 - relief ~1 mo.",
        "s/p IA methylprednisolone R knee x2 in 2024, short relief.",
        "R knee: methylprednisolone 40 mg injection 1/2025 helped 4 wks.",
        "Celestone 6mg IA R knee 2/2025, helped a month.",
        "Methylprednisolone acetate 80 mg intraarticular rt knee 10/2024.",
    ],
)
def test_a_steroid_given_into_the_knee_is_its_injection(hpi: str) -> None:
    assert _steroid_history(hpi) == "met"


@pytest.mark.parametrize(
    "hpi",
    [
        "Methylprednisolone 4 mg dose pack PO 2024 for R knee flare, no help.",
        "Methylprednisolone 125 mg IV 2024 in ED (asthma).",
        "Methylprednisolone 40 mg IM 2024 for R knee pain, no help.",
        "Methylprednisolone 40 mg IA L knee 3/2024, helped.",
        "Methylprednisolone 40 mg IA R shoulder 2024, helped.",
        "Mother had methylprednisolone IA knee injections.",
        "Dexamethasone 10 mg IV pre-op 2023 for R knee scope.",
    ],
)
def test_the_drug_by_another_route_joint_or_person_stays_a_gap(hpi: str) -> None:
    assert _steroid_history(hpi) != "met"
