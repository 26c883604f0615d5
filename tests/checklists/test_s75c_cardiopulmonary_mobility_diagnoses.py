"""Cardiopulmonary disease behind a wheelchair or scooter order (blind wave 85,
LN/wheelchair-03): pulmonary hypertension limits walking by exertional desaturation as COPD and
heart failure do, so it pairs with a power or manual mobility device, and so does emphysema
(COPD coded apart from J44). Essential hypertension limits no walk, a pulmonary embolism is not
the chronic disease, and a rotator cuff tear alone says why a manual chair will not do, not what
limits mobility at home: none of them pairs."""

from __future__ import annotations

import pytest

from .test_s51d_posture_and_leg_artery_diagnoses import _pairing  # the same order and visit


@pytest.mark.parametrize(
    ("service", "reason"),
    [
        ("K0800", "I27.20"),
        ("K0823", "I27.0"),
        ("K0001", "I27.81"),
        ("K0800", "J43.9"),
        ("K0823", "J44.1"),
    ],
)
def test_cardiopulmonary_disease_pairs_with_a_mobility_device(service: str, reason: str) -> None:
    assert _pairing(service, reason) == "met"


@pytest.mark.parametrize(
    ("service", "reason"),
    [("K0800", "I10"), ("K0800", "I26.99"), ("K0800", "M75.121"), ("K0001", "E03.9")],
)
def test_unrelated_or_arm_only_diagnoses_do_not(service: str, reason: str) -> None:
    assert _pairing(service, reason) != "met"
