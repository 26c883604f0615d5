"""An as-needed prescription still active runs until stopped, unless a note says the drug is
taken only now and then (blind wave 16, BD/hya-03). 'ibuprofen 800 MG Oral Tablet, PO TID prn',
active since 10/2024, was counted on its order day only, so a repeat hyaluronan series found
care 'only outside the window' though the reviewer read 'ongoing ibuprofen'. Reviewers count an
active prn NSAID as taken since its order ('ibuprofen since 4/2025', 'naproxen since 6/2025');
a note that says the patient takes it 'when it's bad, a few times a week' keeps it a mention."""

from __future__ import annotations

from datetime import date

from smartapp.checklists.occasional_use import taken_now_and_then
from smartapp.notes.model import NoteFinding
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

_ORDER = {"authoredOn": "2026-06-01", "occurrenceDateTime": "2026-06-15"}
_VISIT = (
    "HPI: R knee OA, pain on stairs.{}\nExam: crepitus, small effusion.\n"
    "Plan: repeat hyaluronan R knee."
)


def _ibuprofen(dosage: dict) -> dict:
    return {
        "resourceType": "MedicationRequest",
        "id": "med",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": "ibuprofen 800 MG Oral Tablet"},
        "authoredOn": "2024-10-01",
        "dosageInstruction": [dosage],
    }


def _hya002(dosage: dict, history: str = "") -> str:
    visit = _note("n1", "2026-06-01", _VISIT.format(history))
    bundle = record("J7321", _ibuprofen(dosage), visit, reason="M17.11", order=_ORDER)
    report = score_bundle(bundle, as_of=date(2026, 6, 3))
    return {i["id"]: i for i in report["items"]}["HYA-002"]["status"]


def test_an_active_prn_order_runs_until_stopped():
    assert _hya002({"text": "PO TID prn"}) == "met"
    assert _hya002({"text": "800 mg PO TID", "asNeededBoolean": True}) == "met"
    assert _hya002({"text": "800 mg PO TID"}) == "met"


def test_a_prn_order_the_note_says_is_taken_now_and_then_is_a_mention():
    history = ' Takes ibuprofen "when it\'s bad", a few times a week.'
    assert _hya002({"text": "PO TID prn"}, history) != "met"
    assert _hya002({"text": "1 tab PO q8h prn pain"}, " Uses ibuprofen on and off.") != "met"
    # Taken daily as the note says: the order runs.
    assert _hya002({"text": "PO TID prn"}, " Takes ibuprofen 800 TID daily.") == "met"


def _finding(snippet: str) -> NoteFinding:
    return NoteFinding(
        "n", "conservative-treatment", "nsaid", "ibuprofen", 0, 9,
        False, False, False, False, None, snippet,
    )  # fmt: skip


def test_how_notes_say_now_and_then():
    assert taken_now_and_then(_finding("Takes ibuprofen when it's bad"))
    assert taken_now_and_then(_finding("ibuprofen a couple of times a week"))
    assert taken_now_and_then(_finding("ibuprofen 1-2 times per month"))
    assert not taken_now_and_then(_finding("ibuprofen 800 mg TID since April"))
    assert not taken_now_and_then(_finding("ibuprofen daily; PT 2 times a week"))
