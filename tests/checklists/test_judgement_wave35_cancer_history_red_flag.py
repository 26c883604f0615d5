"""A personal history of cancer on the problem list is a red flag for lumbar MRI (blind wave 35,
EA/lumbar-mri-03; ACR Appropriateness Criteria, Low Back Pain).

Z85.3 (breast cancer treated years ago) beside three weeks of new back pain justifies the MRI
with contrast without six weeks of symptoms or of conservative care; back pain alone does not.
"""

from __future__ import annotations

from datetime import date

from .test_judgement import ICD10, _note, record, status

_NOTE = _note("n1", "2026-02-24", "A/P: new low back pain x 3 wks. Plan: MRI L-spine w/wo.")


def _condition(code: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": f"c-{code}",
        "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": ICD10, "code": code}]},
    }


def _items(*conditions: dict) -> dict[str, str]:
    bundle = record("72158", _NOTE, *conditions, reason="M54.50")
    return {
        item: status(bundle, item, as_of=date(2026, 2, 26))["status"]
        for item in ("LMRI-001", "LMRI-002", "LMRI-003")
    }


def test_a_history_of_cancer_waives_the_wait_and_the_trial() -> None:
    assert _items(_condition("Z85.3")) == {
        "LMRI-001": "met", "LMRI-002": "not_applicable", "LMRI-003": "not_applicable",
    }  # fmt: skip


def test_back_pain_alone_still_needs_them() -> None:
    found = _items(_condition("M54.50"))
    assert found["LMRI-001"] == "missing"
    assert found["LMRI-003"] == "missing"
