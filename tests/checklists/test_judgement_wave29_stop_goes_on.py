"""A drug's course begun on a date ends where the statement after it says it stopped (blind wave
29, DA/inf-02): "AZA 150 mg daily started 7/6/26, TPMT normal; stopped 8/31 because pt 'didn't
feel any better'" ran the azathioprine from 7/6 to the note's day in October (98 days, step
therapy's twelve weeks met) where the note says about eight weeks. The statement after the
semicolon carries on the drug's line; its stop ends that course on its date. A stop of another
drug named there does not, nor a stop taken back ("restarted")."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_MTX = {
    "resourceType": "MedicationRequest",
    "id": "mr1",
    "status": "stopped",
    "intent": "order",
    "subject": {"reference": "Patient/p"},
    "medicationCodeableConcept": {
        "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "6851"}],
        "text": "methotrexate 2.5 MG Oral Tablet",
    },
    "authoredOn": "2025-11-03",
    "requester": {"reference": "Practitioner/dr"},
}


def _step(text: str) -> str:
    note = _note("n1", "2026-03-02", f"RHEUM F/U\nSeropositive RA, 8 swollen joints. {text}")
    request = {"authoredOn": "2026-03-02", "occurrenceDateTime": "2026-03-20"}
    bundle = record("J1745", _MTX, note, reason="M05.79", order=request)
    report = score_bundle(bundle, as_of=date(2026, 3, 5))
    return {i["id"]: i for i in report["items"]}["INF-002"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        "MTX 20 mg weekly started 11/3/25, LFTs normal; stopped 12/29 because no benefit.",
        "Methotrexate started 11/3/25, tolerated; pt stopped it 12/29/25 - felt no better.",
    ],
)
def test_a_stop_in_the_next_statement_ends_the_course(text: str) -> None:
    assert _step(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "MTX 20 mg weekly started 11/3/25, LFTs normal; stopped 2/27/26 - inadequate response.",
        "MTX 20 mg weekly started 11/3/25, LFTs normal; HCQ stopped 12/29 (rash).",
        "MTX 20 mg weekly started 11/3/25; stopped 12/1 for nausea, restarted 12/15.",
    ],
)
def test_a_long_course_another_drug_s_stop_or_a_restart_still_counts(text: str) -> None:
    assert _step(text) == "met"
