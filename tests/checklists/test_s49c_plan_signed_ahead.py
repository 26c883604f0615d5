"""A home health plan of care charted as a CarePlan with no ``created`` is dated by its period's
start; when care starts after the day the request is checked, the plan is still in the record,
signed before the start of care it certifies (42 CFR 424.22(a)(1)(iii); blind wave 53,
GR/home-health-03: a plan for 12/03-1/31 naming "SN 1x/wk x9 wks (COPD action plan, O2 safety,
inhaler technique)", checked on 11/30 for care from 12/03). The skilled need it names counts
(HHC-002), as has_careplan already counted the plan. A plan for a later period than the service
asked for, or a note dated after the check, still does not.
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

CHECKED = date(2026, 3, 4)  # the order asks for care from 2026-03-10 (record's default)
NEED = "SN 2x/wk x 4 wks: wound packing and measurement, teach caregiver dressing changes."


def _plan(start: str, end: str) -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "poc",
        "status": "active",
        "intent": "plan",
        "subject": {"reference": "Patient/p"},
        "author": {"reference": "Practitioner/dr"},
        "period": {"start": start, "end": end},
        "description": f"Dx L89.153. {NEED} Signed 03/02/2026.",
    }


def _need(*resources: dict) -> str:
    bundle = record("G0299", _note("n0", "2026-02-27", "Phone call: agreeable to start."),
                    *resources, reason="L89.153")  # fmt: skip
    return status(bundle, "HHC-002", as_of=CHECKED)["status"]


def test_a_plan_for_the_care_asked_for_counts_before_that_care_starts() -> None:
    assert _need(_plan("2026-03-10", "2026-05-08")) == "met"


def test_a_plan_for_a_later_period_or_a_later_note_does_not() -> None:
    assert _need(_plan("2026-04-20", "2026-06-18")) != "met"
    assert _need(_note("n1", "2026-03-08", NEED)) != "met"
