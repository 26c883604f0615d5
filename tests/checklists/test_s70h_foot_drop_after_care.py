"""Care told with the foot drop it left is the back's (brief s70-h, blind wave 78
KL/advanced-imaging-lumbar-mri-01).

"HPI: 7 wks of PT (12 visits) + naproxen/flexeril - no real improvement, now foot "slaps" on
stairs": a slapping foot is the L5 weakness the care failed (foot drop), felt where the lumbar
order's symptoms are, yet the statement's only region (the foot) made the PT and the naproxen
the foot's and dropped them from a lumbar MRI's six weeks (felt_regions.py reads "foot drop",
"weakness", "numb" so; a foot that slaps, drags or catches its toes is the same sign). Care named
for a joint of its own keeps that joint.
"""

from __future__ import annotations

import pytest

from .test_s54l_nerve_signs_after_care import _care


@pytest.mark.parametrize(
    "told",
    [
        'Meloxicam + HEP - no real improvement, now L foot "slaps" on stairs.',
        "Meloxicam daily, HEP; L foot slapping when walking.",
        "Meloxicam + HEP, now dragging the L foot.",
        "Meloxicam and HEP without help - drags L foot by evening.",
        "Meloxicam + HEP; trips over L toes on curbs.",
        "Meloxicam daily + HEP, steppage gait on the L, foot slap.",
        "Meloxicam + HEP, no change -> new L foot slap.",
        "Meloxicam + HEP x 7 wks, L foot slaps down when walking",
        "Meloxicam/HEP no help, L toes catch on stairs",
    ],
)
def test_care_told_with_the_foot_drop_it_left_is_the_backs(told: str) -> None:
    assert _care(told) == "met", told


@pytest.mark.parametrize(
    "told",
    [
        "Meloxicam and home exercises for the L ankle sprain - now L foot slaps on stairs.",
        "HEP for the L knee, meloxicam for the L knee - now L foot dragging.",
        "Meloxicam for gout in the L foot - foot slaps.",
    ],
)
def test_care_named_for_a_joint_stays_the_joints(told: str) -> None:
    assert _care(told) != "met", told
