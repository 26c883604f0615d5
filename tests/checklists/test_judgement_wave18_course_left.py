"""A course of therapy the patient left after a few visits lasts from its first to its last
visit (blind wave 18, BL/occ-01): 'Visits attended: 3 (eval 12/01/25, 12/04/25, 12/09/25).
Cancelled/no-show: ... Discharged from PT due to non-attendance' ran 8 days in 3 visits, and
the 8 days between its first and last visit were read as a course by its span. The visits it
counts are the course."""

from __future__ import annotations

from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record

_STRAIN = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "S39.012A"}]},
    "onsetDateTime": "2025-11-14",
}
_EVAL = {
    "resourceType": "Procedure",
    "id": "pt",
    "status": "completed",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97162"}]},
    "performedDateTime": "2025-12-01",
}


def _occ(summary: str) -> str:
    from datetime import date

    note = _note("d1", "2026-01-20", f"PHYSICAL THERAPY DISCHARGE SUMMARY 01/20/2026\n{summary}")
    request = {"authoredOn": "2026-02-24", "occurrenceDateTime": "2026-03-16"}
    bundle = record("97545", _STRAIN, _EVAL, note, reason="S39.012A", order=request)
    report = score_bundle(bundle, as_of=date(2026, 3, 3))
    return {i["id"]: i for i in report["items"]}["OCC-002"]["status"]


def test_a_course_left_after_a_few_visits_is_those_visits():
    text = (
        "Visits attended: 3 (eval 12/01/25, 12/04/25, 12/09/25). Cancelled/no-show: 12/11, "
        "12/16, 12/18, 01/06.\nDischarged from PT due to non-attendance; HEP issued."
    )
    assert _occ(text) != "met"


def test_a_course_of_enough_visits_still_counts():
    text = "Visits attended: 9 (12/01/25-01/15/26). Goals met; discharged to HEP."
    assert _occ(text) == "met"
    text = (
        "Visits attended: 8 (12/01/25-01/12/26). Cancelled/no-show: 01/14.\n"
        "Discharged from PT due to non-attendance; HEP issued."
    )
    assert _occ(text) == "met"
