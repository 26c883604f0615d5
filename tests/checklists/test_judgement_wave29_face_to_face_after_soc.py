"""A face-to-face encounter more than 30 days after the start of care is none (blind wave 29,
DB/hh-03: SOC 9/30, the practitioner's telehealth wound visit on 11/02, 33 days later).

42 CFR 424.22(a)(1)(v) and OAC 5160-12-01 time the encounter from 90 days before to 30 days after
the start of care. HHC-001 counted back 90 days from the stated start of care but let any visit
after it count up to the day the request was checked. A criterion's ``after_days`` now closes
the window that many days after its anchor when the record states a start of care; with none
stated the window stays open to the request's day, as the order stands in for it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_PLAN = _note(
    "poc1",
    "2026-09-21",
    "HOME HEALTH POC - SOC 09/30/2026, cert 09/30-11/28/2026. Dx E11.621, L97.422. SN 3w4, 2w4: "
    "wound care, packing, glucose monitoring. Signed L. Prewitt MD 09/21/2026.",
)


def _encounter(day: str, text: str) -> dict:
    return {
        "resourceType": "Encounter",
        "id": "visit",
        "status": "finished",
        "class": {"code": "VR"},
        "subject": {"reference": "Patient/p"},
        "period": {"start": day, "end": day},
        "type": [{"text": text}],
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
    }


def _status(*resources: dict, plan: dict = _PLAN, authored: str = "2026-11-03") -> str:
    order = {"authoredOn": authored, "occurrenceDateTime": "2026-11-10"}
    bundle = record("G0299", plan, *resources, reason="E11.621", order=order)
    report = score_bundle(bundle, as_of=date(2026, 11, 3))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


@pytest.mark.parametrize(
    "visit",
    [
        _encounter("2026-11-02", "Telehealth video visit - diabetic foot wound"),
        _encounter("2026-10-31", "Office visit - heel wound"),
        _note("n2", "2026-11-02", "Video visit (telehealth): L heel wound reviewed, improving."),
    ],
)
def test_a_visit_more_than_30_days_after_the_start_of_care_is_no_face_to_face(visit):
    assert _status(visit) == "missing"


@pytest.mark.parametrize(
    "visit",
    [
        _encounter("2026-10-30", "Telehealth video visit - diabetic foot wound"),
        _encounter("2026-09-02", "Office visit - heel wound"),
        _note("n2", "2026-10-28", "Video visit (telehealth): L heel wound reviewed, improving."),
    ],
)
def test_a_visit_within_30_days_after_or_90_before_still_counts(visit):
    assert _status(visit) == "met"


def test_without_a_stated_start_of_care_a_visit_after_the_order_still_counts():
    plan = _note("poc1", "2026-09-25", "Home health orders: SN 2w4 wound care, glucose checks.")
    visit = _encounter("2026-11-02", "Office visit - heel wound")  # 36 days after the order
    assert _status(visit, plan=plan, authored="2026-09-27") == "met"


def test_the_certifying_physicians_inpatient_stay_before_the_start_of_care_counts():
    # BT/hh-01: attending on the 12/16-12/22 admission, SOC 12/23; a video visit two months
    # later is past the 30 days after it, so the stay is what times the encounter.
    stay = {**_encounter("2026-09-20", "Inpatient admission"), "class": {"code": "IMP"}}
    stay["period"] = {"start": "2026-09-20", "end": "2026-09-28"}
    assert _status(stay) == "met"
