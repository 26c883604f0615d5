"""Blind wave 23: an order that amends a plan of care lapses with the plan it amends.

- A physician's "INTERIM PHYSICIAN ORDER 10/20/2026 ... Continue PT per plan, decrease to 2w4",
  filed under the plan-of-care document type, changes the certification running on its day
  (09/21-11/19); with the recertification for visits from 11/20 still unsigned ("Physician
  signature: ***"), it is no plan of care for them (CC/hh-02).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_POC_TYPE = {
    "type": {
        "coding": [{"system": "http://loinc.org", "code": "52521-2"}],
        "text": "Home Health Plan of Care",
    }
}
_INITIAL = (
    "HOME HEALTH PLAN OF CARE - INITIAL CERTIFICATION\n"
    "Cert period: 09/21/2026 - 11/19/2026\n"
    "Orders: PT eval and treat 3w3, 2w4. Goals: ambulate 150 ft with walker.\n"
    "Electronically signed: Benedikt Oduya, MD 09/18/2026"
)
_RECERT = (
    "HOME HEALTH CERTIFICATION AND PLAN OF CARE - RECERTIFICATION\n"
    "Cert period: 11/20/2026 - 01/18/2027\n"
    "Disciplines/Frequency: PT 2w4\n"
    "Goals: community ambulation 300 ft with RW\n"
    "Physician signature: ***          Date: ***"
)
_ORDER = {
    "authoredOn": "2026-11-12",
    "occurrenceDateTime": "2026-11-20",
    "note": [{"text": "Recert: PT 2x/week x 4 weeks (8 visits)."}],
}


def _plan_status(heading: str, *, recert: str = _RECERT) -> str:
    amendment = f"{heading}\nContinue PT per plan, decrease to 2w4 from 10/21.\nSigned: B. Oduya MD"
    notes = [
        _note("d0", "2026-09-18", _INITIAL, extra=_POC_TYPE),
        _note("d1", "2026-10-20", amendment, extra=_POC_TYPE),
        _note("d3", "2026-11-12", recert, extra=_POC_TYPE),
    ]
    bundle = record("G0151", *notes, reason="S72.001D", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 11, 16))
    return {i["id"]: i for i in report["items"]}["HHC-004"]["status"]


@pytest.mark.parametrize(
    "heading",
    [
        "INTERIM PHYSICIAN ORDER 10/20/2026",
        "Interim order",
        "SUPPLEMENTAL ORDER - 10/20/2026",
        "Verbal order 10/20/2026",
        "Order change 10/20/2026",
    ],
)
def test_an_order_amending_a_lapsing_plan_is_no_plan_for_the_next_period(heading: str) -> None:
    assert _plan_status(heading) != "met", heading


def test_the_signed_recertification_is_the_plan() -> None:
    signed = _RECERT.replace("***          Date: ***", "/es/ B. Oduya MD   Date: 11/14/2026")
    assert _plan_status("INTERIM PHYSICIAN ORDER 10/20/2026", recert=signed) == "met"


def test_an_amending_order_with_its_own_period_is_read_by_it() -> None:
    # An order stating the plan period it runs for is judged by that period.
    heading = "INTERIM PHYSICIAN ORDER 11/14/2026 - plan of care 11/20/2026 - 01/18/2027"
    assert _plan_status(heading) == "met"
