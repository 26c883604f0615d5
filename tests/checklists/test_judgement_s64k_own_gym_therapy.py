"""Acute therapy left after an evaluation and two treatment visits is not made a course by gym
work the patient calls his own PT (blind wave 66, IO/workrehab-03): OCC-002 asks for acute
therapy completed, a therapist's course (provider-directed), and the discharge summary's "2 tx
visits" are the sessions the course ran."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record

_FRACTURE = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "S32.010D"}]},
    "onsetDateTime": "2025-12-04",
}
_EVAL = {
    "resourceType": "Procedure",
    "id": "pt",
    "status": "completed",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97162"}]},
    "performedDateTime": "2026-01-06",
}
_DISCHARGE = (
    "PT Discharge Summary 1/30/26: Pt seen for eval 1/6 and 2 tx visits (1/8, 1/13). No-show "
    "1/15, 1/20, 1/22. Pt d/c'd from PT per clinic attendance policy. Goals not met."
)


def _occ(recheck: str) -> str:
    notes = [_note("d1", "2026-01-30", _DISCHARGE), _note("d2", "2026-04-07", recheck)]
    request = {"authoredOn": "2026-04-08", "occurrenceDateTime": "2026-04-20"}
    bundle = record("97545", _FRACTURE, _EVAL, *notes, reason="S32.010D", order=request)
    report = score_bundle(bundle, as_of=date(2026, 4, 14))
    return {i["id"]: i for i in report["items"]}["OCC-002"]["status"]


def test_gym_work_called_his_own_pt_is_no_course():
    text = (
        'Pt says he "did his own PT at the gym" - treadmill and machines 3x/wk since February. '
        "Formal PT: d/c'd in Jan after 2 visits (no-shows, transportation)."
    )
    assert _occ(text) != "met"


def test_a_course_resumed_with_a_therapist_still_counts():
    text = "Resumed PT 2/3/26 with a new clinic, 2x/wk x 8 wks, completed 3/30, goals met."
    assert _occ(text) == "met"
