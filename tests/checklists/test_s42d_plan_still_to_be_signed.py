"""A re-evaluation that writes the next plan but sends it for a signature still to come is no
plan of care in force (PT-001).

After the certified plan's period ended, "Plan: continue PT 2x/wk x 4 wks. Updated plan of care
to be sent to Dr. Ibarra for signature" is a plan not yet certified, as a signature field left
"pending" is not (``filled: true``): its frequency, its duration and the goal a measure names
("hip abd 3+/5 (goal 5/5)") are no certified plan. Once the note says the plan is signed, it is.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-10-05", "occurrenceDateTime": "2026-10-12",
          "quantityQuantity": {"value": 8, "unit": "visits"}}  # fmt: skip
_PLAN = {
    "resourceType": "CarePlan",
    "id": "poc",
    "status": "completed",
    "intent": "plan",
    "title": "PT Plan of Care - L hip",
    "description": "2x/wk x 8 wks. Goals: HOOS >80, hip abd 5/5, walk 1 mile. Signed MD 7/2/26.",
    "subject": {"reference": "Patient/p"},
    "period": {"start": "2026-07-01", "end": "2026-08-26"},
    "created": "2026-07-01",
}


def _items(closing: str) -> dict[str, str]:
    text = (
        "PT RE-EVALUATION 9/28/2026 (visit 16)\n"
        "HOOS 58 (was 41). Hip abd 3+/5 (goal 5/5). Walks 20 min with cane.\n"
        f"Plan: continue PT 2x/wk x 4 wks, gait and hip strengthening. {closing}\n"
        "T. Nakamura PT, DPT"
    )
    reeval = _note("reeval", "2026-09-28", text)
    bundle = record("97110", _PLAN, reeval, reason="M16.12", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 10, 6))
    return {i["id"]: i["status"] for i in report["items"]}


def test_a_plan_sent_for_a_signature_still_to_come_is_not_in_force() -> None:
    closing = "Updated plan of care to be sent to Dr. Ibarra for signature."
    assert _items(closing)["PT-001"] != "met"





@pytest.mark.parametrize(
    "closing", ["Updated POC awaiting MD review/signature.",
                "Plan of care awaiting Dr. Ibarra signature."],
)  # fmt: skip
def test_a_plan_awaiting_its_signature_is_not_in_force(closing: str) -> None:
    # The wordings the s43-c session noticed the rule did not read.
    assert _items(closing)["PT-001"] != "met"


def test_the_same_plan_once_signed_is() -> None:
    closing = "Updated plan of care signed by Dr. Ibarra 9/29/2026."
    assert _items(closing)["PT-001"] == "met"
