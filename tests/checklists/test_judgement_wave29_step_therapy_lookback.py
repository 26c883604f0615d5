"""Step therapy has no look-back (blind wave 29, DA/inf-03): methotrexate for 14 months in
2021-22 and leflunomide for 9 months in 2022-23, both failed, are the conventional therapy an
infliximab request needs in 2026 -- a reviewer asks whether it was tried and how it ended, not
whether it was recent. INF-001/006/007 (medication-history) read the whole record, and so, since
blind wave 36, does INF-002's 12-week course (test_judgement_wave36_step_course_lookback.py)."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

_MTX = {
    "resourceType": "MedicationRequest",
    "id": "mtx",
    "status": "stopped",
    "intent": "order",
    "subject": {"reference": "Patient/p"},
    "medicationCodeableConcept": {
        "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "105586"}],
        "text": "methotrexate 2.5 MG Oral Tablet",
    },
    "authoredOn": "2021-03-01",
    "dispenseRequest": {"validityPeriod": {"start": "2021-03-01", "end": "2022-05-01"}},
}


def test_a_conventional_drug_failed_years_ago_is_step_therapy() -> None:
    note = _note("n1", "2026-02-20", "Seropositive RA. Failed MTX 2021-22 (LFTs up), then "
                 "leflunomide 2022-23 without response. Plan: infliximab.")
    bundle = record("J1745", _MTX, note, reason="M05.79")
    assert status(bundle, "INF-001", as_of=date(2026, 2, 27))["status"] == "met"


def test_no_conventional_drug_at_all_is_still_missing() -> None:
    note = _note("n1", "2026-02-20", "Seropositive RA on prednisone 10 mg. Plan: infliximab.")
    bundle = record("J1745", note, reason="M05.79")
    assert status(bundle, "INF-001", as_of=date(2026, 2, 27))["status"] != "met"
