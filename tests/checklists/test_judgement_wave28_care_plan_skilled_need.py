"""The signed home-health plan of care charted as a CarePlan states the skilled need (blind wave
27, CU/hh-03): "Home Health Plan of Care (CMS-485)" with "PT 2w6 gait/balance/transfer training,
SN 1w4 med management" after a fall, beside a phone note's bare "ok'd home health PT/SN referral".
Only notes, reports, orders and comments were read for HHC-002, so the need was called missing.

A CarePlan's words are read only by a criterion that lists the kind ``careplan``: the plan says
what is to be done, never what was done, so PT a plan orders is no course of PT tried. A plan
that names no skill, a draft or withdrawn one, and one older than the window say no need."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status

_PHONE = "Phone note (RN triage): daughter reports pt more unsteady. Dr. ok'd home health referral."


def _plan(description: str, *, status_: str = "active", created: str = "2026-02-20", **extra):
    return {
        "resourceType": "CarePlan",
        "id": "poc",
        "status": status_,
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "title": "Home Health Plan of Care (CMS-485)",
        "description": description,
        "period": {"start": created, "end": "2026-04-20"},
        "created": created,
        "author": {"reference": "Practitioner/dr"},
        **extra,
    }


def _skilled_need(plan: dict, code: str = "G0151") -> str:
    bundle = record(code, _note("n1", "2026-02-19", _PHONE), plan, reason="I69.351")
    return status(bundle, "HHC-002")["status"]


# A nursing plan is the need of a nursing order, not of a PT one (of_ordered_discipline).
@pytest.mark.parametrize(
    "description, code",
    [
        ("SOC 2/20/26. Dx I69.351. PT 2w6 gait/balance/transfer training, SN 1w4 med management.",
         "G0151"),
        ("SN 3w4 wound care: pack sacral wound, measure weekly. Homebound.", "G0299"),
        ("Skilled nursing for CHF assessment and diuretic teaching; PT for fall prevention.",
         "G0151"),
    ],
)
def test_a_care_plan_that_names_the_skilled_care_states_the_need(description: str, code: str
                                                                 ) -> None:  # fmt: skip
    assert _skilled_need(_plan(description), code) == "met"


def test_a_care_plan_activity_that_names_the_skilled_care_states_the_need() -> None:
    what = "PT 2x/wk x 6 wks for gait and balance training"
    activity = [{"detail": {"status": "scheduled", "description": what}}]
    assert _skilled_need(_plan("SOC 2/20/26.", activity=activity)) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        _plan("SOC 2/20/26. PT 2w6 (12 visits). See orders."),  # a frequency names no skill
        # Its title labels the document: it states no need.
        _plan("Dx I50.23. Signed 2/20/26.", title="Home Health Skilled Nursing Plan of Care"),
        _plan("PT 2w6 gait/balance/transfer training.", status_="draft"),  # not yet the plan
        _plan("PT 2w6 gait/balance/transfer training.", status_="entered-in-error"),
        # Out of window: a plan whose period ended months before the order, of no episode the
        # order continues (a plan still in force would be the episode's own: s65-d, IT/hh-02).
        _plan("PT 2w6 gait/balance/transfer training.", created="2025-10-01",
              period={"start": "2025-10-01", "end": "2025-11-29"}),
    ],
)
def test_a_plan_without_the_skill_or_not_in_force_states_no_need(plan: dict) -> None:
    assert _skilled_need(plan) == "missing"


def test_a_plan_s_therapy_is_no_course_of_therapy_tried() -> None:
    # The lumbar MRI's failed conservative care: therapy a plan orders was never done.
    plan = {
        **_plan("Back pain plan: PT 2x/wk x 6 wks, core strengthening, naproxen 500 mg BID."),
        "title": "Care plan",
        "created": "2026-01-02",
        "period": {"start": "2026-01-02", "end": "2026-02-27"},
    }
    assert status(record("72148", plan), "LMRI-003")["status"] == "missing"
