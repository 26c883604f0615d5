"""A recertification charted as a CarePlan for the period after the order: the visit held for it
is its face-to-face encounter.

The order of 2/6 asks for the period a CarePlan titled "... recertification 2/8-4/8" certifies; the
agency's summary states the episode so far (12/10-2/7). The practitioner's office visit of 1/22,
about the wound the nurse treats, is 43 days after the start of care, so outside the start's
window, but 15 days before the recertification's order: a visit held for the recertification
counts (care_start.recertifying; blind wave 58, HK/home-health-01). The CarePlan is dated by its
period, after the order, and the check for a plan headed as a recertification read only notes
written up to the order. A plan for a period too far ahead is no recertification of this order.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record
from .test_judgement_wave29_face_to_face_after_soc import _encounter

_SUMMARY = _note(
    "sum", "2026-02-04", "RECERT SUMMARY (agency RN) episode 12/10/25-2/7/26: 20 SN visits. "
    "Venous ulcer L calf 5.0x4.0 -> 3.2x2.5 cm. Continue SN 2w8.",
)  # fmt: skip
_VISIT = _encounter("2026-01-22", "Office visit - L leg venous ulcer follow-up")


def _plan(title: str, start: str, end: str) -> dict:
    return {
        "resourceType": "CarePlan", "id": "poc", "status": "active", "intent": "plan",
        "title": title,
        "description": "Dx I83.022. SN 2w8 for wound care and compression teaching. Goals: "
                       "ulcer closed by end of period. Signed M. Adeyemi MD.",
        "period": {"start": start, "end": end},
        "author": {"reference": "Practitioner/dr"},
    }  # fmt: skip


def _f2f(plan: dict) -> str:
    order = {"authoredOn": "2026-02-06", "occurrenceDateTime": "2026-02-08",
             "note": [{"text": "SN 2x/wk x 8 wks"}]}  # fmt: skip
    bundle = record("G0299", _SUMMARY, _VISIT, plan, reason="I83.022", order=order)
    report = score_bundle(bundle, as_of=date(2026, 2, 10))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


@pytest.mark.parametrize(
    "title",
    [
        "Home Health Plan of Care (CMS-485) - recertification 2/8/2026-4/8/2026",
        "HH POC RECERT",
        "Plan of care - second certification period",
        "Recertified home health plan of care",
    ],
)
def test_the_visit_before_a_recertification_charted_ahead_counts(title: str) -> None:
    assert _f2f(_plan(title, "2026-02-08", "2026-04-08")) == "met"


def test_a_recertified_period_far_ahead_of_the_order_is_not_its_recertification() -> None:
    assert _f2f(_plan("HH POC recertification", "2026-05-10", "2026-07-08")) == "missing"
