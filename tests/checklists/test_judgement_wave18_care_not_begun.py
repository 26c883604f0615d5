"""Care the record codes or a note names that the notes say never began (blind wave 18,
BL/tka-02): 'Was referred to PT in Feb; PT evaluation was scheduled 3/2 but pt did not attend
... and has not started PT' beside a PT evaluation Procedure coded completed on 3/2. A referral
is no care when the same or a newer note says the care was not begun; a coded procedure is no
care when a note says that very day's visit was not kept."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record
from .test_judgement_wave17_stopped_orders import _order

_OA = {
    "resourceType": "Condition",
    "id": "c1",
    "subject": {"reference": "Patient/p"},
    "code": {"coding": [{"system": ICD10, "code": "M17.12"}]},
    "onsetDateTime": "2025-11-01",
}


def _pt_eval(when: str) -> dict:
    return {
        "resourceType": "Procedure",
        "id": "pt",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "97161"}]},
        "performedDateTime": when,
    }


def _tka(hpi: str, *extra: dict) -> str:
    note = _note("n1", "2026-05-28", f"HPI: L knee pain since Nov 2025. {hpi}\nA/P: L knee OA.")
    meloxicam = _order("m", "meloxicam 15 MG Oral Tablet", "2026-04-27", "15 mg daily")
    request = {"authoredOn": "2026-05-28", "occurrenceDateTime": "2026-06-22"}
    bundle = record("27447", _OA, meloxicam, note, *extra, reason="M17.12", order=request)
    report = score_bundle(bundle, as_of=date(2026, 6, 4))
    return {i["id"]: i for i in report["items"]}["TKA-002"]["status"]


def test_a_referral_the_note_says_was_never_begun_is_no_care():
    for hpi in (
        "Was referred to PT in Feb; has not started PT.",
        "Was referred to PT in Feb. Never started PT (cost).",
        "PT referral placed in Feb; pt has not been to PT.",
    ):
        assert _tka(hpi) != "met", hpi


def test_a_referral_and_care_that_followed_still_count():
    assert _tka("Was referred to PT in Feb, did PT 2/10-4/30 with little benefit.") == "met"
    # Another care the note says was not begun leaves the referred care alone.
    assert _tka("Referred to PT 2/2, completed 12 weeks of PT. No injection yet.") == "met"
    # A referral whose statement says the course took place; not in PT now.
    assert _tka("Referred to PT 2/2, attended 14 visits through 5/1. No PT since.") == "met"


def test_a_coded_visit_the_note_says_was_not_kept_is_no_care():
    hpi = "PT evaluation was scheduled 3/2 but pt did not attend and has not started PT."
    assert _tka(hpi, _pt_eval("2026-03-02")) != "met"
    # A kept evaluation, the later visits missed, is care on the day it was kept.
    kept = "PT eval 3/2, then missed the next visits; discharged for non-attendance."
    assert _tka(kept, _pt_eval("2026-03-02")) == "met"
    assert _tka("", _pt_eval("2026-03-02")) == "met"


def test_a_coded_visit_a_note_dates_otherwise_still_counts():
    # "No PT since 3/2" says nothing against the visit of 3/2.
    assert _tka("No PT since 3/2, HEP only.", _pt_eval("2026-03-02")) == "met"
