"""A repeat spinal injection's prior relief must be a spinal procedure's (IPN-009; LCD L39240:
50% for 3 months after the prior epidural of the region). A lumbar request reads relief in the
leg and knee (radicular pain), but a shot into a knee, hip, shoulder or bursa relieves that
joint: "Knee injection 10/1/25 gave 80% relief for 4 months" is no epidural's response, however
it is written (joint_injections.py). Relief of knee or leg pain after the ESI is still the
ESI's."""

from __future__ import annotations

import pytest

from smartapp.checklists.joint_injections import of_another_joint

from .test_judgement import _note, record, status


def _repeat(told: str, code: str = "64483", reason: str = "M54.16") -> str:
    text = f"LBP with L leg pain. S/p L4-5 TFESI 9/4/25.\n{told}\nPlan: repeat L4-5 TFESI."
    note = _note("n1", "2026-02-16", text)
    return status(record(code, note, reason=reason), "IPN-009")["status"]


@pytest.mark.parametrize(
    "told",
    [
        "Knee injection 10/1/25 gave 80% relief for 4 months.",
        "R knee CSI 10/1/25 - 80% relief x 4 months.",
        "Injected the R knee 10/1/25 with 80% relief lasting 4 months.",
        "L hip IA steroid injection 10/2025: ~70% relief x 16 wks.",
        "Kenalog 40 mg into the L shoulder 10/1 - 75% relief for 4 mos.",
        "Synvisc R knee 10/2025, 60% relief lasting 5 months.",
        "She had a right trochanteric bursa injection in October. It gave her 80% relief for "
        "about 4 months.",
        "GH CSI 10/6/25 with 90% relief x 3.5 months.",
        "cortisone shot in her knee 10/1: 80% relief for 4 months.",
        "R knee inj | 10/1/25 | 80% relief x 4 mo",
    ],
)
def test_a_limb_joint_shots_relief_is_no_epidurals(told: str) -> None:
    assert _repeat(told) != "met", told


@pytest.mark.parametrize(
    "told",
    [
        "That TFESI gave 80% relief of leg and knee pain for 4 months.",
        "80% relief of knee pain for 4 months after the ESI.",
        "Leg pain 80% better for 4 months.",
        "TFESI gave 80% relief x 4 mo; R knee CSI 10/1 by ortho did not help.",
        "R knee CSI 10/1 by ortho did not help. The ESI gave 80% relief for 4 months.",
        "Had 80% relief for 4 months, hip and leg pain returned in Jan.",
    ],
)
def test_the_spines_own_relief_still_counts(told: str) -> None:
    assert _repeat(told) == "met", told


def test_a_shoulder_shot_is_no_cervical_epidurals_response() -> None:
    text = (
        "Neck pain with R arm pain. S/p C6-7 ILESI 9/4/25.\n"
        "R shoulder subacromial injection 10/1/25 - 80% relief x 4 months.\n"
        "Plan: repeat C6-7 ILESI."
    )
    note = _note("n1", "2026-02-16", text)
    assert status(record("62321", note, reason="M54.12"), "IPN-009")["status"] != "met"


def test_the_nearest_procedure_decides() -> None:
    line = "Knee CSI 10/1 helped a bit; L5 TFESI 9/4 gave 80% relief x 4 mo"
    assert not of_another_joint(line, line.index("80%"))
    line = "L5 TFESI 9/4 no help; knee CSI 10/1 gave 80% relief x 4 mo"
    assert of_another_joint(line, line.index("80%"))
    assert not of_another_joint("80% relief x 4 mo", 0)
