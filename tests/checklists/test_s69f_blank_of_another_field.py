"""A blank template field voids only the element it belongs to (blind wave 73, JQ/hh-03).

"HH Plan of Care 10/8/26-12/6/26: SN 3w1, 2w3 CHF teaching ... Goals: ...; no ED visits. F2F:
***. Signed J. Whitaker MD 10/2/2026." leaves the face-to-face field blank (HHC-001's matter),
not the plan's: its discipline, frequency, goals, period and signature are filled. The plan's
field names ("visits", "goals", "signed", "certified") were read across the full stop into the
next field's label, so the blank "F2F: ***" voided the plan (HHC-004 a false "missing"). A
plan's own field left blank still voids it.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.not_a_plan import left_blank

from .test_judgement import _note, record, status


@pytest.mark.parametrize(
    "text",
    [
        "SN 3w1, 2w3 CHF teaching. Goals: no ED visits. F2F: ***. Signed J. Whitaker MD 10/2/2026.",
        "POC: SN 2w4 = 8 visits. Dx code: ***",
        "Signed 10/2/26 Dr. Whitaker. F2F: ***",
        "PT 2x/wk. Duration 9 wks; Homebound: ***",
        "Plan of care certified 10/8-12/6. Allergies: ***",
        "Goals met by wk 4 per POC. Caregiver: ______",
        "SN 1w9 per poc; Face-to-face date: ***",
        "HH POC 3/1-4/29: OT 2w4 ADL retraining, goals indep dressing. Signed A. Park MD 3/1.\n"
        "F2F encounter: ***",
    ],
)
def test_another_fields_blank_beside_a_filled_plan_leaves_it_a_plan(text: str) -> None:
    assert not left_blank(text)


@pytest.mark.parametrize(
    "text",
    [
        "HH POC: SN 3w1. Goals: ***. Signed J. Whitaker MD 10/2/2026.",
        "SN frequency: ***",
        "Frequency: ***. Goals: pt verbalizes 3 lb rule.",
        "Signed: ***",
        "Physician signature (Dr. Whitaker): ______",
        "Cert. period: ***",
        "Visits: ***",
        "MD signature: pending",
        "F2F: 9/28. Plan of care: ***",
    ],
)
def test_the_plans_own_field_left_blank_still_voids_it(text: str) -> None:
    assert left_blank(text)


def _plan_status(text: str) -> str:
    plan = _note("poc", "2026-10-02", text, extra={"type": {"text": "Plan of care note"}})
    order = {"authoredOn": "2026-10-05", "occurrenceDateTime": "2026-10-08",
             "note": [{"text": "SN 3w1, 2w3 CHF teaching"}]}  # fmt: skip
    bundle = record("G0299", plan, reason="I50.32", order=order)
    return status(bundle, "HHC-004", as_of=date(2026, 10, 5))["status"]


def test_a_signed_plan_with_the_face_to_face_field_blank_is_the_plan() -> None:
    text = ("HH Plan of Care 10/8/26-12/6/26: SN 3w1, 2w3 CHF teaching, weights. Goals: wt log "
            "daily by wk 2; no ED visits. F2F: ***. Signed P. Osei MD 10/2/2026.")  # fmt: skip
    assert _plan_status(text) == "met"


@pytest.mark.parametrize(
    "blank",
    ["Goals: ***.", "Frequency: ***.", "Signed: ***."],
)
def test_a_plan_with_its_own_field_blank_is_not(blank: str) -> None:
    text = f"HH Plan of Care 10/8/26-12/6/26: SN 3w1, 2w3 CHF teaching. {blank} F2F: 9/30."
    assert _plan_status(text) != "met"
