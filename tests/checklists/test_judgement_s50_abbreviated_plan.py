"""A signed home-health CarePlan named only by its abbreviation ("HH POC", "POC (CMS-485)") is
the plan of care HHC-004 asks for: agencies and EHRs title the 485 that way, and the plan's
period, disciplines and signature are all there (blind wave 54, GW/homehealth-01..03: each
signed plan was passed over because its text never spelled out "plan of care")."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import record, status


def _plan(text: str, status_: str = "active") -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "hh1",
        "status": status_,
        "intent": "plan",
        "subject": {"reference": "Patient/p"},
        "period": {"start": "2026-03-10", "end": "2026-05-08"},
        "description": text,
        "author": {"reference": "Practitioner/dr"},
    }


@pytest.mark.parametrize(
    "text",
    [
        "HH POC signed by Dr. Patel 3/6/2026: Dx L89.153; SN 3w3 wound care; goal wound closed.",
        "POC (CMS-485) signed 3/6/26: PT 2w4 gait, transfers; goals walk 150 ft with cane.",
    ],
)
def test_a_signed_plan_named_by_its_abbreviation_is_the_plan_of_care(text: str) -> None:
    bundle = record("G0299", _plan(text), reason="L89.153")
    assert status(bundle, "HHC-004", as_of=date(2026, 3, 8))["status"] == "met"


def test_a_draft_so_named_still_is_not() -> None:
    bundle = record("G0299", _plan("HH POC draft: SN 3w3 wound care.", "draft"), reason="L89.153")
    assert status(bundle, "HHC-004", as_of=date(2026, 3, 8))["status"] != "met"
