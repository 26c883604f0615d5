"""A limb crushed or cut off at work is a work injury work hardening treats (lead's class at stop
47, s65-f): a hand crushed in a press (S67.21XA) or fingers lost to a saw (S68.011A) read as a
diagnosis that does not support 97545/97750 (CSU-005), though the list held the same limbs'
fractures and sprains. So are the trunk's crushes (crushed chest, crushed lower back and pelvis).
A crush of the head or neck and an amputation of breast or genitals are no musculoskeletal
injury; nor is an illness."""

from __future__ import annotations

import pytest

from .test_judgement import record, status


def _pairing(service: str, reason: str) -> str:
    return status(record(service, reason=reason), "CSU-005")["status"]


@pytest.mark.parametrize(
    "reason",
    ["S67.21XA", "S67.10XD", "S68.011A", "S68.110D", "S58.011A", "S48.012D", "S57.01XA",
     "S47.1XXA", "S77.11XA", "S78.011A", "S87.01XA", "S88.111D", "S97.81XA", "S98.011A",
     "S28.0XXA", "S38.1XXA"],
)  # fmt: skip
@pytest.mark.parametrize("service", ["97545", "97750"])
def test_a_limb_crushed_or_cut_off_at_work_supports_work_rehab(service: str, reason: str) -> None:
    assert _pairing(service, reason) == "met"


@pytest.mark.parametrize("reason", ["S07.0XXA", "S17.0XXA", "S28.211A", "S38.221A", "J45.909"])
def test_a_head_or_neck_crush_or_a_non_limb_amputation_does_not(reason: str) -> None:
    assert _pairing("97545", reason) == "missing"
