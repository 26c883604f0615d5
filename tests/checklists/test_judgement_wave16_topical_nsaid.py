"""A topical NSAID alone is no conservative trial before a meniscectomy (blind wave 16, BD/kas-02).
A diclofenac 1% gel MedicationRequest, active from the visit that also referred to PT, counted as
a 78-day KAS-003 episode though PT never began and oral NSAIDs were never tried. KAS-003 now
reads NSAIDs by mouth (route: systemic), as hip and shoulder arthroplasty do; an oral NSAID
course still counts."""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-04-20", "occurrenceDateTime": "2026-05-12"}


def _drug(text: str, dosage: str) -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "med",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": text},
        "authoredOn": "2026-02-03",
        "dosageInstruction": [{"text": dosage}],
    }


def _kas003(drug: dict) -> str:
    visit = "L knee medial meniscus tear, McMurray +, catching. Plan: L knee arthroscopy."
    bundle = record("29881", drug, _note("n1", "2026-04-20", visit), reason="M23.222", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 4, 22))
    return {i["id"]: i for i in report["items"]}["KAS-003"]["status"]


def test_a_diclofenac_gel_alone_is_no_trial():
    assert _kas003(_drug("diclofenac sodium 1% Topical Gel", "apply 4 g to L knee QID")) != "met"
    assert _kas003(_drug("Voltaren 1% gel", "apply to left knee four times daily")) != "met"


def test_an_oral_nsaid_course_still_counts():
    assert _kas003(_drug("diclofenac 75 mg EC tablet", "1 tab PO BID with food")) == "met"
    assert _kas003(_drug("naproxen 500 MG Oral Tablet", "1 tab PO BID")) == "met"
