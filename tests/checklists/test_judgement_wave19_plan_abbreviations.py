"""A therapy care plan named only by its abbreviation is still the plan of care (blind wave 19,
BO/pt-01 and BO/pt-02): Epic's therapy CarePlans carry no category or title, only a description
that opens "PT POC s/p L TKA ..." or "POC: lumbar radiculopathy ...". "POC" standing as the
plan's name (a label, or after the discipline) is the plan of care; point-of-care testing
("POC glucose 4x/day") in a diabetes plan is not a therapy plan.
"""

from __future__ import annotations

import pytest

from .test_judgement import record, status


def _plan(description: str) -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "cp",
        "status": "active",
        "intent": "plan",
        "subject": {"reference": "Patient/p"},
        "period": {"start": "2026-02-10", "end": "2026-05-10"},
        "description": description,
    }


def _pt001(description: str) -> str:
    return status(record("97110", _plan(description), reason="M54.16"), "PT-001")["status"]


@pytest.mark.parametrize(
    "description",
    [
        "PT POC s/p L TKA 2/10/26. Goals: knee flex >=115 deg. Freq 2x/wk x 12 wks.",
        "POC: lumbar radiculopathy M54.16. Goals: ODI <20%. 2x/wk x 16 wks.",
        "OT POC: R distal radius fx. Goals: grip 40 lb. 2x/wk x 8 wks.",
    ],
)
def test_an_abbreviated_therapy_plan_is_the_plan_of_care(description: str) -> None:
    assert _pt001(description) == "met"


@pytest.mark.parametrize(
    "description",
    [
        "Diabetes plan: POC glucose 4x/day, A1c q3 months.",
        "Diabetes plan: POC glucose checks before meals.",
    ],
)
def test_point_of_care_testing_is_no_therapy_plan(description: str) -> None:
    assert _pt001(description) != "met"
