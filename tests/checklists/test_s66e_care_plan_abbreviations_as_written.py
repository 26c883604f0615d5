"""A CarePlan's disciplines read as written, found by blind wave 69 (JB/homehealth-02): "Home
Health POC cert period 1" with "SN 3w8 wound VAC changes M/W/F; aide 2w8. Signed 7/29/26." was
read lower-cased ("sn 3w8"), and the capitals-only "SN" (so that "Pt" stays the patient) named
no nursing: HHC-004 called the plan one that orders the aide alone for a skilled-nursing
request. A plan that truly leaves out nursing, or whose "pt" is the patient, still lacks it."""

from __future__ import annotations

import pytest

from .test_judgement import record, status


def _plan(description: str) -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "cp",
        "status": "active",
        "intent": "plan",
        "title": "Home Health POC cert period 1",
        "subject": {"reference": "Patient/p"},
        "author": {"reference": "Practitioner/dr"},
        "period": {"start": "2026-02-20", "end": "2026-04-20"},
        "description": description,
    }


def _hhc004(description: str) -> dict:
    return status(record("G0299", _plan(description), reason="L89.154"), "HHC-004")


@pytest.mark.parametrize(
    "description",
    [
        "SN 3w8 wound VAC changes M/W/F; aide 2w8. Signed 2/19/26.",
        "Dx L89.154. SN 3w4, 2w4 NPWT; HHA 2w8. Signed/dated Dr. Whitfield 2/19/2026.",
        "Disciplines: SN 2w9 med mgmt, PT 2w4 gait. Signed 2/19/26.",
        "RN 1w9 wound care; HHA 2w9. Signed by Dr. A 2/19/26.",
    ],
)
def test_a_plan_ordering_nursing_in_capitals_orders_it(description: str) -> None:
    result = _hhc004(description)
    assert "but not skilled nursing" not in result.get("searched", ""), result


@pytest.mark.parametrize(
    "description",
    [
        "Aide 2w8 bathing; PT 2w4 gait. Signed 2/19/26.",
        "HHA 3w8 personal care. Pt sn stable. Signed 2/19/26.",
    ],
)
def test_a_plan_without_nursing_still_lacks_it(description: str) -> None:
    result = _hhc004(description)
    assert result["status"] != "met", result
    assert "but not skilled nursing" in result.get("searched", ""), result
