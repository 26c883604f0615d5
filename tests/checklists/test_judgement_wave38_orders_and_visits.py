"""Blind wave 38: care listed with the plan's other orders is ordered, and another problem's
office visit is no sleep evaluation.

EK/occ-03: an injury's first visit ended "Off work. Hinged brace, PT 3x/wk x 4 wks." — the
therapy ordered that day, its weeks to come. The brace named before it kept the statement from
reading as an order (planned_therapy.ordered_frequency), so four weeks of therapy were counted
back from that visit and, with an evaluation and one visit before a discharge for no-shows, made a
completed course of acute therapy (OCC-002 met for a patient who left PT after two sessions).

EM/sleep-03: a home sleep test ordered after a portal message and a telephone visit; the only
in-person contact was a note "Office visit: R ankle sprain f/u, healing." Its "office visit"
counted as the in-person sleep evaluation (SLEEP-004), though the visit itself, charted as an
encounter, would not have (visit_about: another problem's visit).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from smartapp.checklists.golden import build_bundle
from smartapp.scoring import score_bundle


def _status(service: str, item: str, record: dict[str, Any], as_of: date) -> str:
    bundle = build_bundle(record)
    for entry in bundle["entry"]:  # every note is the ordering practitioner's
        if entry["resource"]["resourceType"] == "DocumentReference":
            entry["resource"]["author"] = [{"reference": "Practitioner/golden-orderer"}]
    scored = score_bundle(bundle, service=service, as_of=as_of)
    return {i["id"]: i["status"] for i in scored["items"]}[item]


def _work_rehab(first_plan: str) -> dict[str, Any]:
    return {
        "service_request": {"code": "97545", "requester_npi": "1234567893",
                            "authored": "2026-07-16", "occurrence": "2026-07-27",
                            "reason": ["icd10:S83.411A"]},
        "notes": [
            {"date": "2026-05-06",
             "text": "Occ med initial visit: warehouse worker, DOI 5/4/26 twisted R knee lifting "
                     f"a pallet, WC claim filed. MCL sprain. Off work. {first_plan}"},
            {"date": "2026-06-10",
             "text": "PT Discharge Summary: Pt attended eval 5/12 and 1 treatment visit 5/14; "
                     "cancelled or no-showed the next 3 visits. D/c from PT, goals not met."},
            {"date": "2026-07-15",
             "text": "R knee MCL sprain f/u: still cannot squat or carry 60 lb at work. "
                     "Plan: work conditioning 3 wks."},
        ],
    }  # fmt: skip


@pytest.mark.parametrize(
    "plan",
    [
        "Hinged brace, PT 3x/wk x 4 wks.",
        "Ice, crutches, PT 3x/wk x 4 wks.",
        "Knee immobilizer + PT 2x/wk x 6 wks.",
    ],
)
def test_therapy_ordered_beside_other_orders_is_no_course_run(plan: str) -> None:
    assert _status("97545", "OCC-002", _work_rehab(plan), date(2026, 7, 22)) != "met"


def test_therapy_said_done_beside_other_care_still_counts() -> None:
    record = _work_rehab("Hinged brace.")
    record["notes"].append(
        {"date": "2026-07-15",
         "text": "Brace, ice, PT 3x/wk x 6 wks completed at another clinic 5/18-6/29, "
                 "plateaued."}
    )  # fmt: skip
    assert _status("97545", "OCC-002", record, date(2026, 7, 22)) == "met"


def _sleep_study(office_note: str) -> dict[str, Any]:
    return {
        "service_request": {"code": "G0399", "requester_npi": "1234567893",
                            "authored": "2026-11-17", "occurrence": "2026-11-25",
                            "reason": ["icd10:G47.33"]},
        "notes": [
            {"date": "2026-06-02", "text": office_note},
            {"date": "2026-11-17", "type": "loinc:34748-9",
             "text": "Telephone visit (audio only). Loud snoring, witnessed apneas, dozes at "
                     "his desk. Plan: order HST."},
        ],
    }  # fmt: skip


def test_another_problems_office_visit_note_is_no_sleep_evaluation() -> None:
    record = _sleep_study("Office visit: L wrist sprain f/u, healing. Plan: splint 2 more wks.")
    assert _status("G0399", "SLEEP-004", record, date(2026, 11, 18)) != "met"


def test_an_office_visit_note_about_sleep_still_counts() -> None:
    record = _sleep_study("Office visit: loud snoring, wife sees pauses in breathing, tired "
                          "all day.")  # fmt: skip
    assert _status("G0399", "SLEEP-004", record, date(2026, 11, 18)) == "met"


def test_an_office_visit_reviewing_the_ahi_still_counts() -> None:
    record = _sleep_study("Results reviewed w/ pt face to face: moderate OSA, AHI 22. Discussed "
                          "CPAP.")  # fmt: skip
    assert _status("G0399", "SLEEP-004", record, date(2026, 11, 18)) == "met"
