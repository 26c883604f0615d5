"""Raised intracranial pressure and structural brain disease support a brain MRI (CSU-005;
blind wave 100, NS/aio-02: G93.2, idiopathic intracranial hypertension, for 70553). The ACR
Appropriateness Criteria (Headache; Cranial Neuropathy; Seizures and Epilepsy) rate MRI of the
head usually appropriate for them (codelists.yaml, advanced-imaging-diagnoses). Encephalopathy,
anoxic damage, brain death and an unspecified brain disorder have no indication of their own,
and a head diagnosis does not support a knee MRI."""

from __future__ import annotations

import pytest

from .test_judgement import record, status


@pytest.mark.parametrize(
    "reason",
    ["G93.2", "G91.1", "G93.0", "G93.5", "G93.6", "G93.81", "H49.22", "H49.12", "D33.2",
     "D32.0", "D43.1", "D35.2"],
)  # fmt: skip
def test_a_brain_mri_for_raised_pressure_or_a_structural_lesion(reason: str) -> None:
    assert status(record("70553", reason=reason), "CSU-005")["status"] == "met"


@pytest.mark.parametrize("reason", ["G93.1", "G93.40", "G93.41", "G93.82", "G93.89", "G93.9"])
def test_no_indication_of_their_own(reason: str) -> None:
    assert status(record("70553", reason=reason), "CSU-005")["status"] == "missing"


def test_a_head_diagnosis_does_not_support_a_knee_mri() -> None:
    assert status(record("73721", reason="G93.2"), "CSU-005")["status"] == "missing"
