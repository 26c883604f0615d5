"""A home-health plan of care charted as a CarePlan states its episode's start of care (blind
wave 15, AW/hh-04): "Home Health Plan of Care (SOC 1/8/2026)" with its period 1/8-3/8/2026, and
an office visit 12/30/2025. The face-to-face encounter is timed from that start of care (90 days
before it), not from a continuation order of 3/31/2026; only notes were read for it."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import record

_OFFICE = {
    "resourceType": "Encounter",
    "id": "office",
    "status": "finished",
    "class": {"code": "AMB"},
    "subject": {"reference": "Patient/p"},
    "period": {"start": "2025-12-30", "end": "2025-12-30"},
    "type": [{"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "99215"}]}],
}
_ORDER = {"authoredOn": "2026-03-31", "occurrenceDateTime": "2026-04-08"}


def _care_plan(title: str, description: str, start: str, end: str, created: str) -> dict:
    return {
        "resourceType": "CarePlan",
        "id": "poc",
        "status": "completed",
        "intent": "plan",
        "title": title,
        "description": description,
        "subject": {"reference": "Patient/p"},
        "period": {"start": start, "end": end},
        "created": created,
    }


def _face_to_face(*resources: dict) -> str:
    bundle = record("G0299", _OFFICE, *resources, reason="L89.154", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 4, 2))
    return {i["id"]: i for i in report["items"]}["HHC-001"]["status"]


def test_a_care_plan_s_stated_start_of_care_times_the_encounter():
    plan = _care_plan(
        "Home Health Plan of Care (SOC 1/8/2026)",
        "SN 3w8 NPWT changes. Signed Y. Prieto MD 01/05/2026.",
        "2026-01-08",
        "2026-03-08",
        "2026-01-05",
    )
    assert _face_to_face(plan) == "met"


def test_a_home_health_care_plan_s_period_opens_the_episode():
    plan = _care_plan(
        "Home Health Plan of Care",
        "SN 3w8 NPWT changes, certification period.",
        "2026-01-08",
        "2026-03-08",
        "2026-01-05",
    )
    assert _face_to_face(plan) == "met"


def test_no_care_plan_or_an_old_one_still_times_from_the_order():
    assert _face_to_face() != "met"
    # A plan that ended months before the order opens no episode the order continues.
    old = _care_plan(
        "Home Health Plan of Care", "SN 2w4.", "2025-06-01", "2025-07-30", "2025-05-28"
    )
    assert _face_to_face(old) != "met"
    # Nor does a care plan of another kind (a diabetes care plan) state home care's start.
    other = _care_plan("Diabetes care plan", "A1c goal < 7.", "2026-01-08", "2026-03-08", "")
    assert _face_to_face(other) != "met"
