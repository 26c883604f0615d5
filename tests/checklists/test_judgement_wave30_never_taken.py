"""A drug prescribed but never taken, found by blind wave 30 (DE/inf-03): an azathioprine order
stayed 'active', a nurse's call said the patient never picked it up and took no dose, and the
next visit's medication list still carried it; infliximab's step-therapy items read the order
and the list as a thiopurine tried. Neither is: a list entry with no date of its own only
carries the prescription forward. A note that says the drug was begun after all still counts."""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status

AS_OF = date(2026, 6, 1)


def _order() -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "aza",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {
            "coding": [
                {
                    "system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                    "code": "359228",
                    "display": "azathioprine 50 MG Oral Tablet",
                }
            ]
        },
        "authoredOn": "2026-03-02",
    }


_CALL = "Phone note (RN): patient says she never filled the azathioprine; no doses taken."
_LIST = "GI visit. Medications: budesonide 9 mg daily; azathioprine 50 mg tab."


_CROHNS = {
    "resourceType": "Condition",
    "id": "cd",
    "subject": {"reference": "Patient/p"},
    "clinicalStatus": {"coding": [{"code": "active"}]},
    "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "K50.011"}]},
    "onsetDateTime": "2025-11-01",
}


def _ibd(*notes: dict) -> dict[str, str]:
    order = {"authoredOn": "2026-05-20", "occurrenceDateTime": "2026-06-08"}
    bundle = record("J1745", _order(), _CROHNS, *notes, reason="K50.011", order=order)
    return {item: status(bundle, item, as_of=AS_OF)["status"] for item in ("INF-001", "INF-007")}


def test_an_order_and_a_med_list_of_a_drug_never_taken_are_no_trial():
    notes = (_note("n1", "2026-04-15", _CALL), _note("n2", "2026-05-20", _LIST))
    assert set(_ibd(*notes).values()) == {"missing"}


def test_the_order_counts_without_such_a_note_or_once_a_note_says_it_was_begun():
    assert set(_ibd(_note("n2", "2026-05-20", _LIST)).values()) == {"met"}
    begun = _note("n3", "2026-05-01", "Pt started azathioprine 4/28, tolerating it.")
    notes = (_note("n1", "2026-04-15", _CALL), begun, _note("n2", "2026-05-20", _LIST))
    assert set(_ibd(*notes).values()) == {"met"}
