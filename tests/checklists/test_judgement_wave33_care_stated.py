"""Conservative care as the record states it, found by blind wave 33 (DQ/occ-03, DR/bariatric-03,
DQ/whc-03).

- A therapy Procedure the EHR names without a code ("Physical therapy right knee", a period of ten
  weeks) is the same care as a coded one: it was left out, and the course read as one day.
- "Rec:" labels a recommendation: "Rec: sign up for a supervised program before surgery - has not
  begun" is still to come, not the supervised attempt BAR-003 asks for.
- "Walker: no longer possible (legs 2/5, falls)" says the walker fails; the field's "no" is no
  denial of it ("Walker: no longer needed" still is).
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _therapy(code: dict | None) -> dict:
    return {
        "resourceType": "Procedure",
        "id": "pt1",
        "status": "completed",
        "subject": {"reference": "Patient/p"},
        "code": {"text": "Physical therapy left knee", **({"coding": [code]} if code else {})},
        "performedPeriod": {"start": "2026-03-02", "end": "2026-05-15"},
    }


def _occ002(procedure: dict) -> str:
    note = _note(
        "n1", "2026-06-01",
        "Hurt L knee lifting at work. Finished therapy in May, still cannot squat or kneel. "
        "Plan: work conditioning.",
    )  # fmt: skip
    order = {"authoredOn": "2026-06-01", "occurrenceDateTime": "2026-06-10"}
    bundle = record("97545", procedure, note, reason="S83.412D", order=order)
    return status(bundle, "OCC-002", as_of=date(2026, 6, 3))["status"]


def test_a_therapy_procedure_named_without_a_code_is_care() -> None:
    assert _occ002(_therapy(None)) == "met"
    assert _occ002(_therapy({"system": "http://www.ama-assn.org/go/cpt", "code": "97110"})) == "met"


def test_a_procedure_of_another_kind_named_without_a_code_is_not() -> None:
    other = _therapy(None)
    other["code"] = {"text": "Arthrocentesis left knee"}
    assert _occ002(other) != "met"


def _bar003(text: str) -> str:
    order = {"authoredOn": "2026-04-01", "occurrenceDateTime": "2026-05-01"}
    bundle = record("43775", _note("rd", "2026-03-24", text), reason="E66.813", order=order)
    return status(bundle, "BAR-003", as_of=date(2026, 4, 2))["status"]


@pytest.mark.parametrize("header", ["Rec", "Recs", "REC"])
def test_a_recommended_program_is_no_attempt(header: str) -> None:
    text = (
        "Diet history: self-directed diets only.\n"
        f"{header}: sign up for 6-month supervised program ahead of surgery per plan requirement"
        " - pt has not begun."
    )
    assert _bar003(text) != "met"
    assert _bar003(f"{header}: a 6-month supervised weight program ahead of surgery.") != "met"


def test_a_program_done_is_still_an_attempt() -> None:
    text = "Completed 6-month physician-supervised weight loss program 2025, lost 8 lb, regained."
    assert _bar003(text) == "met"


def _walker_fails(text: str) -> bool:
    note = NoteInput("DocumentReference/n1", text, date(2026, 4, 1))
    found = find_findings([note])
    return any(f.concept == "cane-walker-insufficient" and f.asserted for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Walker: no longer possible (legs 2/5, three falls since spring).",
        "Rollator: no longer safe - falls x3.",
    ],
)
def test_a_device_no_longer_possible_is_insufficient(text: str) -> None:
    assert _walker_fails(text)


def test_a_device_no_longer_needed_is_not() -> None:
    assert not _walker_fails("Walker: no longer needed, walks unaided.")
