"""Blind wave 39, home health: the surgeon's post-operative visit is a face-to-face encounter
(EQ/home-health-03: an Encounter typed "Post-op visit" three days before the start of care, with
no code, was not found), and a recertification the physician's visit plans is no plan of care
certified for the new period (EO/homehealth-02: "recert for another 60 days" beside a signed plan
that had lapsed met HHC-004)."""

from __future__ import annotations

from datetime import date

import pytest

from .test_judgement import _note, record, status


def _visit(type_: dict, day: str = "2026-03-06") -> dict:
    return {
        "resourceType": "Encounter",
        "id": "v1",
        "status": "finished",
        "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
        "subject": {"reference": "Patient/p"},
        "participant": [{"individual": {"reference": "Practitioner/dr"}}],
        "period": {"start": day, "end": day},
        "type": [type_],
    }


@pytest.mark.parametrize(
    "type_",
    [
        {"text": "Post-op visit"},
        {"text": "Postoperative visit - ortho"},
        {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "99024"}]},
    ],
)
def test_a_post_operative_visit_is_the_face_to_face_encounter(type_: dict) -> None:
    bundle = record("G0151", _visit(type_), reason="S72.001D")
    assert status(bundle, "HHC-001", as_of=date(2026, 3, 8))["status"] == "met"


def test_a_visit_of_another_kind_still_is_not() -> None:
    bundle = record("G0151", _visit({"text": "Lab draw"}), reason="S72.001D")
    assert status(bundle, "HHC-001", as_of=date(2026, 3, 8))["status"] == "missing"


def _recert_record(plan_line: str) -> dict:
    lapsed = _note("poc", "2026-01-02", "HOME HEALTH PLAN OF CARE. Cert period 01/02/2026 - "
                   "03/02/2026. SN 2x/wk x 8 wks wound care. Goals: ulcer healed. "
                   "Signed: A. Okafor MD 01/02/2026")  # fmt: skip
    visit = _note("v2", "2026-02-24", f"Video visit. Heel ulcer 2.0 x 1.1 cm.\n{plan_line}")
    asked = "Recert 3/9/26 - 5/7/26: SN 2x/wk x 8 wks (16 visits)."
    order = {"authoredOn": "2026-03-04", "occurrenceDateTime": "2026-03-09",
             "note": [{"text": asked}]}  # fmt: skip
    return record("G0299", lapsed, visit, reason="L97.412", order=order)


def test_a_recertification_the_visit_plans_is_no_certified_plan_of_care() -> None:
    bundle = _recert_record("Plan: continue SN wound care; recert for another 60 days.")
    assert status(bundle, "HHC-004", as_of=date(2026, 3, 5))["status"] != "met"


def test_a_recertification_the_visit_signed_is_one() -> None:
    bundle = _recert_record("Plan: continue SN wound care; recert signed today for 60 days.")
    assert status(bundle, "HHC-004", as_of=date(2026, 3, 5))["status"] == "met"
