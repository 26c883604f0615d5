"""An order whose date of service is the day after the certified period ends asks for the next
period: a recertification, whose own face-to-face visit before the order counts (HHC-001).

Blind wave 76, KF/home-health-03: a plan of care charted as a recertification for 8/8-10/6 (the
episode's start implied 60 days before it), "SN 3x/wk x 9 wks" ordered 9/30 for 10/7, and the
wound clinic visit of 9/24. The start of care set the window (90 days before to 30 after 6/9),
and the order was not told a recertification (its words and notes name no new period), so the
visit six days before it was "outside the window". A recertification needs no new encounter,
but one held for it counts (blind wave 31, DI/homehealth-02); an order for care inside the
certified period, or one starting well after the period ends, is still timed from the start.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_NOTE = (
    "Wound clinic (face to face, Dr Hart): sacral stage 4 PU 4x3x1.5 cm. NPWT continued, dressing "
    "chg 3x/wk needs RN. Pt bedbound, does not leave home except appts by ambulance."
)


_RECERT = "Home health plan of care (recert)"


def _hhc001(start: date, service_after_end: int, visit_before_order: int = 6,
            order_before_end: int = 6, title: str = _RECERT) -> str:  # fmt: skip
    end = start + timedelta(days=59)
    ordered = end - timedelta(days=order_before_end)
    visit_day = (ordered - timedelta(days=visit_before_order)).isoformat()
    visit = {
        "resourceType": "Encounter", "id": "visit", "status": "finished",
        "class": {"code": "AMB"}, "subject": {"reference": "Patient/p"},
        "period": {"start": visit_day, "end": visit_day}, "type": [{"text": "Wound clinic visit"}],
    }  # fmt: skip
    plan = {
        "resourceType": "CarePlan", "id": "cp", "status": "active", "intent": "plan",
        "title": title, "subject": {"reference": "Patient/p"},
        "period": {"start": start.isoformat(), "end": end.isoformat()},
        "description": "Dx L89.154. SN 3w9 NPWT changes. Signed J. Hart MD.",
    }  # fmt: skip
    order = {"authoredOn": ordered.isoformat(),
             "occurrenceDateTime": (end + timedelta(days=service_after_end)).isoformat(),
             "note": [{"text": "SN 3x/wk x 9 wks (27 visits)."}]}  # fmt: skip
    bundle = record("G0299", visit, _note("n1", visit_day, _NOTE), plan, reason="L89.154",
                    order=order)  # fmt: skip
    report = score_bundle(bundle, as_of=end)
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


@pytest.mark.parametrize(
    ("start", "visit_before_order", "order_before_end", "title"),
    [
        (date(2026, 8, 8), 6, 6, "Home health plan of care (recert)"),
        (date(2026, 8, 8), 30, 6, "Home health plan of care (recert)"),
        (date(2026, 8, 8), 1, 2, "HH POC recertification"),
        (date(2026, 3, 2), 10, 5, "Home health plan of care (recert)"),
        (date(2026, 5, 15), 45, 8, "HH POC recert"),
        (date(2026, 1, 10), 6, 6, "Plan of care (CMS-485) - recert"),
        (date(2026, 8, 8), 80, 6, "Home health plan of care (recert)"),
        (date(2026, 10, 1), 3, 4, "Skilled nursing plan of care (recert)"),
    ],
)
def test_the_next_periods_own_visit_counts(start: date, visit_before_order: int,
                                           order_before_end: int, title: str) -> None:  # fmt: skip
    assert _hhc001(start, 1, visit_before_order, order_before_end, title) == "met"


@pytest.mark.parametrize(
    ("service_after_end", "visit_before_order"),
    [
        (-20, 6),  # care inside the period certified: timed from the episode's start
        (-1, 6),
        (0, 6),  # from the period's last day: still its care
        (1, 210),  # the next period's, but the visit before both windows
    ],
)
def test_otherwise_the_start_of_care_still_times_it(service_after_end: int,
                                                    visit_before_order: int) -> None:  # fmt: skip
    assert _hhc001(date(2026, 8, 8), service_after_end, visit_before_order) != "met"
