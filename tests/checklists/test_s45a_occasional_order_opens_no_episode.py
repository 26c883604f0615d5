"""A prn order the notes say is taken only now and then does not open an episode months early.

An NSAID ordered as needed ten months before and still on the reconciled list, which the first
visit for this joint says the patient "uses ... occasionally", counts on the day it was ordered
only (as_needed.py). Its day is no care running on to the physical therapy and the injection
begun this winter: the episode is the winter's care, not ten months of it. The same order with no
word of occasional use still runs on its status, and so does the episode it opens.
"""

from __future__ import annotations

from datetime import date

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _naproxen() -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "nap",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": "naproxen 500 mg tablet"},
        "authoredOn": "2025-05-11",
        "dosageInstruction": [{"text": "500 mg PO BID PRN pain"}],
    }


def _knee(first_visit: str) -> str:
    """TKA-002 (three months of nonoperative care) when the knee pain began in January."""
    visit = _note(
        "k1",
        "2026-01-12",
        f"S: L knee pain since New Year, stairs hurt. {first_visit}\n"
        "A: L knee OA.\nP: Start PT 2x/wk. F/u 4 wks.",
    )
    shot = _note(
        "k2",
        "2026-02-09",
        "S: L knee still painful. PT started 01/19, 5 visits.\n"
        "P: Steroid injection L knee today. Continue PT.",
    )
    consult = _note(
        "k3",
        "2026-03-09",
        "HPI: L knee pain x 10 wks. PT 7 visits since 1/19, injection 2/9 helped a week.\n"
        "Function: cannot climb stairs, walks 1 block.\nXR: severe medial OA L knee.\n"
        "A/P: L knee OA. Plan L TKA.",
    )
    order = {"authoredOn": "2026-03-09", "occurrenceDateTime": "2026-04-20"}
    bundle = record("27447", _naproxen(), visit, shot, consult, reason="M17.12", order=order)
    report = score_bundle(bundle, as_of=date(2026, 3, 11))
    return {i["id"]: i for i in report["items"]}["TKA-002"]["status"]


def test_an_occasional_prn_order_does_not_stretch_the_episode_back() -> None:
    assert _knee("Uses naproxen occasionally.") != "met"


def test_a_prn_order_with_no_word_of_occasional_use_still_runs() -> None:
    assert _knee("On naproxen.") == "met"
