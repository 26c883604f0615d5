"""Home health: what is, and is not, the practitioner's 60-day review of the plan (blind wave 29).

DB/hh-02: the order for the next period reads "PT 2w8 (16 visits) recert period 6/30-8/28/2026".
The date opens the period the order asks for, not a recertification done on 6/30: an order's
date inside a period it states running on past the order's own date is the span requested.

DC/hh-02: the agency nurse's "60-Day Summary" closes "Reviewed with Dr. A by phone 6/27 - agrees
to recertify". The 60-day summary is the report the plan is reviewed on (HHC-006's 60-day
review), and a text recording its review with a physician by name counts as the practitioner's,
though a nurse signed it; a summary not yet reviewed ("to be reviewed with Dr. A") does not.
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_SIGNED_PLAN = _note(
    "poc1",
    "2026-04-02",
    "HOME HEALTH RECERTIFICATION POC - 04/01/2026-05/30/2026. Dx I63.9. PT 2w8. Goals: "
    "transfers mod I, walk 60 ft with quad cane. Signed R. Ilves MD 04/02/2026.",
)


def _review(*notes: dict, order: dict | None = None) -> str:
    order = {"authoredOn": "2026-06-10", "occurrenceDateTime": "2026-06-20", **(order or {})}
    bundle = record("G0151", _SIGNED_PLAN, *notes, reason="I63.9", order=order)
    report = score_bundle(bundle, as_of=date(2026, 6, 15))
    return {i["id"]: i for i in report["items"]}["HHC-006"]["status"]


def test_an_orders_recert_period_is_the_span_asked_for_not_a_review_done():
    order = {"note": [{"text": "PT 2w8 (16 visits) recert period 5/31-7/29/2026."}]}
    assert _review(order=order) == "missing"  # the signed plan is 74 days old


def test_an_order_dating_an_earlier_recertification_still_counts():
    order = {"note": [{"text": "Recertification done 5/31/2026; continue PT 2w8."}]}
    assert _review(order=order) == "met"


def _summary(closing: str) -> dict:
    text = (
        "60-DAY SUMMARY 6/01/2026 - K. Brandvold, RN\n"
        "Transfers SBA, gait 40 ft with quad cane; no falls. Continue PT 2w8.\n" + closing
    )
    return _note("sum1", "2026-06-01", text,
                 extra={"type": {"text": "60-Day Summary"}, "author": []})  # fmt: skip


def test_a_60_day_summary_reviewed_with_the_physician_is_the_plans_review():
    assert _review(_summary("Reviewed with Dr. Ilves by phone 6/02/2026 - agrees.")) == "met"


def test_a_summary_the_physician_has_not_yet_reviewed_is_no_review():
    assert _review(_summary("To be reviewed with Dr. Ilves at next call.")) == "missing"
    assert _review(_summary("Faxed to physician office 6/02.")) == "missing"
