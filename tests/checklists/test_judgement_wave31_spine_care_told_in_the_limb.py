"""Care for a spine told where its pain is felt, found by blind wave 31 (DI/imaging-04): a cervical
MRI request's note said "Did chiro x 3 wks (12/18-1/8) then PT 1/12-2/13 ... - still numb R
thumb/index": seven weeks of care for a C6 radiculopathy, placed by the statement in the hand its
nerve root supplies. The imaging checklist read care in the order's own region only, so the
weeks were lost. A spine order takes care told in the limb it refers to, as the injection
checklist does; a joint order still takes only its own joint's care."""

from __future__ import annotations

import datetime as dt

from .test_judgement import ICD10, _note, record, status

AS_OF = dt.date(2026, 3, 2)


def _care(order: str, reason: str, text: str) -> str:
    problem = {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "clinicalStatus": {"coding": [{"code": "active"}]},
        "code": {"coding": [{"system": ICD10, "code": reason}]},
    }
    bundle = record(order, problem, _note("n1", "2026-02-24", text), reason=reason)
    return status(bundle, "AIM-003", as_of=AS_OF)["status"]


def test_a_cervical_order_takes_care_told_in_the_hand() -> None:
    text = (
        "S: neck pain into the L index finger since December. Had chiropractic x 3 wks "
        "(12/15-1/5) then PT 1/7-2/14 (5 wks) with naproxen - still numb L index finger/thumb."
    )
    assert _care("72141", "M54.12", text) == "met"


def test_a_shoulder_order_still_takes_only_the_shoulder_s_care() -> None:
    text = "S: R shoulder pain. PT for the R knee 12/15-2/14 (8 wks) with naproxen - knee better."
    assert _care("73221", "M25.511", text) == "missing"
