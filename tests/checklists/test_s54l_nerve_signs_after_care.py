"""Care told with the nerve signs it left or brought on is the back's (blind wave 61,
HW/lumbar-mri-01).

"Completed 12 visits 2x/wk + naproxen - leg pain unchanged, now numb dorsum L foot": the foot is
where the radiculopathy the care failed is now felt, not a region the care was for, yet the
naproxen was read as the foot's and dropped from a lumbar MRI's six weeks of care. Numbness,
tingling, paresthesias, weakness or pain worse after the care say where the
sciatica is felt as "still" and "no better" do (felt_regions.py). Care named for a joint of its
own keeps that joint.
"""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _care(told: str) -> str:
    first = _note(
        "n1", "2026-02-23",
        "S: LBP into L leg x 2 wks. A/P: L radiculopathy. Meloxicam 15 mg daily, HEP.",
    )  # fmt: skip
    second = _note(
        "n2", "2026-04-14",
        f"S: f/u back and L leg pain. {told}\nO: SLR + L 45 deg, L EHL 4/5.\n"
        "A/P: L L5 radiculopathy. MRI L-spine w/o contrast.",
    )  # fmt: skip
    bundle = record(
        "72148", first, second,
        order={"authoredOn": "2026-04-14", "occurrenceDateTime": "2026-04-24"},
    )  # fmt: skip
    return status(bundle, "LMRI-003", as_of=date(2026, 4, 16))["status"]


@pytest.mark.parametrize(
    "told",
    [
        "Took meloxicam daily + HEP - no relief, now numb lateral L foot.",
        "Meloxicam and home exercises without help; tingling into the L toes.",
        "On meloxicam + HEP, new paresthesias L foot.",
        "Meloxicam daily, HEP -> pins and needles in the L foot.",
        "Meloxicam + HEP done faithfully. Now weakness L ankle dorsiflexion.",
        "Meloxicam 15 daily + HEP, developed tingling L heel.",
        "Meloxicam + HEP x 7 wks; leg pain worse, numbness L calf.",
    ],
)
def test_care_told_with_the_nerve_signs_it_left_is_the_backs(told: str) -> None:
    assert _care(told) == "met", told


@pytest.mark.parametrize(
    "told",
    [
        "Meloxicam and home exercises for the L ankle sprain - now numb L foot.",
        "HEP for the L knee, meloxicam for the L knee - knee weakness persists.",
    ],
)
def test_care_named_for_a_joint_stays_the_joints(told: str) -> None:
    assert _care(told) != "met", told
