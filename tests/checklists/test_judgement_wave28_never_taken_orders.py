"""An open medication order a later note says was never taken gave no course (blind wave 28).

CX/kas-03, a knee arthroscopy: an 'active' ibuprofen 800 mg order from 2024 (a dental visit's
prescription) ran to the request day and met KAS-003 as a year of NSAID, while the
orthopaedic note said 'Ibuprofen listed on med list but pt says she "hasn't really taken it"';
the reviewer: 'oral NSAID never taken'. Wave 17's stopped orders ended such an order on the
note's day, which still left the months before it as a course. A drug never taken, filled or
started has no course at all; a drug stopped, or not taken lately, still had one until then.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record


def _knee(text: str) -> str:
    ibuprofen = {
        "resourceType": "MedicationRequest",
        "id": "med",
        "status": "active",
        "intent": "order",
        "subject": {"reference": "Patient/p"},
        "medicationCodeableConcept": {"text": "ibuprofen 800 mg tablet"},
        "authoredOn": "2024-02-11",
        "dosageInstruction": [{"text": "1 tab TID prn"}],
    }
    note = _note(
        "n1",
        "2025-12-03",
        "Ortho visit. 58F R medial knee pain since August, catching with stairs.\n"
        f"Meds: {text}\n"
        "Exam R knee: small effusion, medial joint line tenderness, McMurray positive.\n"
        "Plan: MRI R knee.",
    )
    order = {"authoredOn": "2026-01-14", "occurrenceDateTime": "2026-02-19"}
    bundle = record("29881", ibuprofen, note, reason="M23.221", order=order)
    report = score_bundle(bundle, as_of=date(2026, 1, 21))
    return {i["id"]: i for i in report["items"]}["KAS-003"]["status"]


@pytest.mark.parametrize(
    "text",
    [
        'Ibuprofen listed on med list but pt says she "hasn\'t really taken it".',
        "Ibuprofen 800 - never took it.",
        "Ibuprofen was prescribed by her dentist; she never filled it.",
        "Ibuprofen 800 mg TID prn (did not fill).",
        "Never took the ibuprofen her dentist prescribed.",
        "Ibuprofen - pt has not taken it, worried about her stomach.",
        "Ibuprofen 800 listed, never started.",
    ],
)
def test_an_order_the_note_says_was_never_taken_is_no_course(text: str) -> None:
    assert _knee(text) != "met"


@pytest.mark.parametrize(
    "text",
    [
        "Ibuprofen 800 TID prn, takes it most days with little relief.",
        # Stopped, or not taken lately: a course ran until then.
        "Ibuprofen 800 TID for over a year, stopped 11/2025 (no relief).",
        "Ibuprofen 800 - has not taken it for 2 weeks, it stopped helping.",
        # Another drug never taken.
        "Ibuprofen 800 TID daily; never filled the tramadol.",
        "Naproxen - never took it. Ibuprofen 800 TID daily.",
    ],
)
def test_an_order_taken_or_stopped_late_is_still_a_course(text: str) -> None:
    assert _knee(text) == "met"
