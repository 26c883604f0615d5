"""A recertification written in the closing days of the period it names certifies the next one
(recert_next.py; blind wave 64, IJ/home-health-03: "RN RECERTIFICATION SUMMARY (day 56 of cert
period 8/26-10/24) ... orders continued: SN 3w9", signed 10/17, is the plan for visits from
10/26). Not a summary written mid-period, one written after its period ended, one asking for or
waiting on the recertification, a plan note that is no recertification, nor a day past the next
60 days.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.plan_periods import states_plan_in_force, states_plan_lapsed
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

SERVICE_DAY = date(2026, 10, 26)
_BODY = "\nWound 3.0 x 2.4 x 0.9 cm. Continue SN 3w9. Goals: wound 50% smaller.\n"


@pytest.mark.parametrize(
    ("heading", "written"),
    [
        ("RN RECERTIFICATION SUMMARY (day 56 of cert period 8/26-10/24)", date(2026, 10, 16)),
        ("60-DAY SUMMARY / RECERTIFICATION - Period 2 (08/26/2026-10/24/2026)", date(2026, 10, 18)),
        (
            "HOME HEALTH PT - 60 DAY SUMMARY / RECERTIFICATION  (episode 08/26/2026 - 10/24/2026)",
            date(2026, 10, 20),
        ),
        ("Recert summary (SN): cert period 8/26/26-10/24/26.", date(2026, 10, 19)),
        (
            "PT RECERTIFICATION / PROGRESS REPORT - certification period 2026-08-26 to 2026-10-24",
            date(2026, 10, 22),
        ),
        ("Recertification assessment, cert 8/26-10/24/2026", date(2026, 10, 21)),
        ("sn 60 day summary/re-cert - POC 8/26/2026 thru 10/24/2026", date(2026, 10, 23)),
        (
            "HOME HEALTH RE-CERTIFICATION REVIEW\nPeriod: 08/26/2026 - 10/24/2026",
            date(2026, 10, 14),
        ),
    ],
)
def test_the_recert_in_the_closing_days_certifies_the_next_period(
    heading: str, written: date
) -> None:
    text = heading + _BODY
    assert states_plan_in_force(text, SERVICE_DAY, written), heading
    assert not states_plan_lapsed(text, SERVICE_DAY, written), heading


@pytest.mark.parametrize(
    ("heading", "written", "on"),
    [
        # mid-period: no closing review
        ("RN RECERTIFICATION SUMMARY (cert period 8/26-10/24)", date(2026, 9, 20), SERVICE_DAY),
        # written after the period ended: about a lapsed plan
        (
            "HH AGENCY - RECERT TASK / Cert period 8/26-10/24 ended.",
            date(2026, 10, 26),
            SERVICE_DAY,
        ),
        (
            "RECERT DUE - cert period 8/26-10/24, awaiting MD orders.",
            date(2026, 10, 20),
            SERVICE_DAY,
        ),
        ("Recert request worksheet: cert period 8/26/26-10/24/26", date(2026, 10, 20), SERVICE_DAY),
        (
            "HOME HEALTH RECERTIFICATION (DRAFT) cert period 08/26/2026 - 10/24/2026",
            date(2026, 10, 20),
            SERVICE_DAY,
        ),
        ("Recert POC 8/26-10/24/26 pending MD signature", date(2026, 10, 20), SERVICE_DAY),
        # a plan note that is no recertification
        (
            "PLAN OF CARE cert period 8/26-10/24; RN visit, wound care.",
            date(2026, 10, 20),
            SERVICE_DAY,
        ),
        # past the next 60 days (10/25-12/23)
        (
            "RN RECERTIFICATION SUMMARY (cert period 8/26-10/24)",
            date(2026, 10, 16),
            date(2026, 12, 30),
        ),
    ],
)
def test_one_that_is_no_closing_recert_leaves_the_plan_lapsed(
    heading: str, written: date, on: date
) -> None:
    text = heading + _BODY
    assert not states_plan_in_force(text, on, written), heading
    assert states_plan_lapsed(text, on, written), heading


_SUMMARY = (
    "RN RECERTIFICATION SUMMARY (day 56 of cert period 8/26-10/24)\n"
    "Wound 3.0 x 2.4 x 0.9 cm (improving). NPWT changes 3x/wk tolerated.\n"
    "POC reviewed with Dr. Ferreira by phone 10/16; orders continued: SN 3w9; goals: wound 50% "
    "smaller, no infection.\n"
    "Physician signature: {signed}"
)


def _plan_status(signed: str) -> str:
    summary = _note("recert", "2026-10-16", _SUMMARY.format(signed=signed))
    summary["type"] = {"text": "Plan of care note"}
    bundle = record(
        "G0299",
        summary,
        reason="L89.154",
        order={"authoredOn": "2026-10-18", "occurrenceDateTime": "2026-10-26"},
    )
    report = score_bundle(bundle, service="G0299", as_of=date(2026, 10, 20))
    return {i["id"]: i for i in report["items"]}["HHC-004"]["status"]


def test_the_signed_recert_summary_is_the_plan_for_the_next_period() -> None:
    assert _plan_status("Joao Ferreira MD 10/17/2026") == "met"


def test_one_left_unsigned_is_not() -> None:
    assert _plan_status("***") != "met"
