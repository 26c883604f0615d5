"""Code pairing for diagnoses the payer criteria name but the lists lacked (blind wave 57).

HH/lumbar-mri-03 ordered a lumbar MRI with and without contrast (72158) for postlaminectomy
syndrome (M96.1) alone; ACR Low Back Pain variant 5 (prior lumbar surgery, new or progressing
symptoms) rates that MRI usually appropriate. HI/oxy-03 ordered oxygen at discharge after a
pneumonia with a qualifying room-air SpO2: NCD 240.2 v2 / LCD L33797 (2023) cover home oxygen for
acute as well as chronic conditions once a test shows hypoxemia. Each is tested in the codings a
record may carry for the same fact, with near-misses the criteria do not cover.
"""

from __future__ import annotations

import pytest

from .test_judgement import record, status


def _pairing(code: str, reason: str, order_type: str = "ServiceRequest") -> str:
    return status(record(code, reason=reason, order_type=order_type), "CSU-005")["status"]


@pytest.mark.parametrize("reason", ["M96.1", "M96.3", "M96.4"])
@pytest.mark.parametrize("service", ["72148", "72158"])
def test_the_spine_after_surgery_supports_a_lumbar_mri(service: str, reason: str) -> None:
    assert _pairing(service, reason) == "met"


@pytest.mark.parametrize("reason", ["Z98.1", "Z98.890", "M96.0", "G89.29"])
def test_a_status_or_a_fusion_anywhere_does_not(reason: str) -> None:
    assert _pairing("72158", reason) == "missing"


@pytest.mark.parametrize(
    "reason",
    ["J18.9", "J18.1", "J15.9", "J12.82", "J13", "J69.0", "U07.1", "J96.01", "J96.91", "J80"],
)
def test_an_acute_hypoxemic_illness_supports_home_oxygen(reason: str) -> None:
    assert _pairing("E0431", reason, order_type="DeviceRequest") == "met"


@pytest.mark.parametrize("reason", ["Z87.01", "J20.9", "J06.9", "R06.02", "I20.9", "I73.9"])
def test_a_past_pneumonia_a_bronchitis_or_an_excluded_condition_does_not(reason: str) -> None:
    assert _pairing("E0431", reason, order_type="DeviceRequest") == "missing"
