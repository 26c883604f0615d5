"""A stopped or completed medication order with no end date ran to the stop its own comment
dates (noticed beside blind wave 39; the corpus has dozens of such orders: "Stopped 12/2025 -
inadequate response", "stopped in March - GI upset").

The order closed without effectivePeriod.end or validityPeriod.end counted as one day of care on
its authoredOn, so six weeks of naproxen the prescriber recorded as stopped in February was no
trial at all. The comment's dated stop ends it; an undated stop, a date before the order, or a
stop after the request leave it as the record gives it.
"""

from __future__ import annotations

from datetime import date

from smartapp.checklists.ended_orders import comment_stop

from .test_judgement import _note, record, status

AS_OF = date(2026, 3, 1)
LBP = _note("n1", "2026-02-20", "HPI: LBP since 11/2025 with L leg pain. Exam: SLR + L.")


def _naproxen(status_code: str, comment: str, authored: str = "2025-12-01") -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "m",
        "status": status_code,
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "authoredOn": authored,
        "medicationCodeableConcept": {"text": "naproxen 500 mg tablet"},
        "note": [{"text": comment}],
    }


def _lmri003(order: dict) -> str:
    return status(record("72148", LBP, order), "LMRI-003", as_of=AS_OF)["status"]


def test_an_ended_order_runs_to_the_stop_month_its_comment_gives():
    assert _lmri003(_naproxen("stopped", "Stopped in February - no relief, dyspepsia.")) == "met"
    assert _lmri003(_naproxen("completed", "pt stopped 2/2026, ineffective")) == "met"


def test_an_undated_stop_leaves_the_order_one_day():
    assert _lmri003(_naproxen("stopped", "Stopped - no relief, dyspepsia.")) != "met"


def test_the_stop_day_is_the_comment_s_and_never_before_the_order():
    class Item:
        kind = "MedicationRequest"
        ref = "MedicationRequest/m"
        status = "stopped"
        end = None
        date = date(2025, 12, 1)

    class Note:
        kind = "annotation"
        ref = "MedicationRequest/m#note0"

        def __init__(self, text: str) -> None:
            self.text = text

    assert comment_stop(Item(), [Note("Stopped 1/20/26 - GI upset")], AS_OF) == date(2026, 1, 20)
    assert comment_stop(Item(), [Note("stopped in February")], AS_OF) == date(2026, 2, 1)
    assert comment_stop(Item(), [Note("Stopped 10/2025 on a prior order")], AS_OF) is None
    assert comment_stop(Item(), [Note("Stopped - no benefit")], AS_OF) is None
