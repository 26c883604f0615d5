"""A ticked box of care on a form is no denial of the dated care of older notes (blind wave 55,
GZ/workrehab-03).

"Therapy completed: [X] OT [X] PT [ ] Chiro" on the newest note, a PowerForm grid: the empty box
made the line an unfilled template field, which blanked every finding of it as negated, and a
newer note that only negates a concept drops every older mention of it (newest_wins). So the
tick of PT erased the dated PT course of an older note. A ticked care box stays no evidence of a
trial (its dates are the narrative's to tell), but no longer a denial.
"""

from __future__ import annotations

from datetime import date

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import score_bundle

from .test_judgement import ICD10, _note, record


def _condition(code: str, onset: str) -> dict:
    return {
        "resourceType": "Condition",
        "id": "c1",
        "subject": {"reference": "Patient/p"},
        "code": {"coding": [{"system": ICD10, "code": code}]},
        "onsetDateTime": onset,
    }


def _occ(*notes: tuple[str, str]) -> str:
    """OCC-002 (completed acute therapy) for a work-conditioning request of 2026-02-25."""
    texts = [_note(f"n{i}", day, text) for i, (day, text) in enumerate(notes)]
    request = {"authoredOn": "2026-02-25", "occurrenceDateTime": "2026-03-09"}
    bundle = record(
        "97545", _condition("S83.242D", "2025-09-02"), *texts, reason="S83.242D", order=request
    )
    report = score_bundle(bundle, as_of=date(2026, 3, 2))
    return {i["id"]: i for i in report["items"]}["OCC-002"]["status"]


_DATED_PT = (
    "2025-12-20",
    "Work injury f/u. L knee meniscus tear at warehouse 9/2/25. Outpatient PT L knee "
    "10/6/25-12/19/25, 20 visits, discharged to HEP. Still unable to squat or climb.",
)


def test_a_ticked_box_of_care_does_not_deny_older_dated_therapy() -> None:
    form = ("2026-02-20", "Occ med form\nTherapy completed: [X] PT  [ ] Chiro\nStill restricted.")
    assert _occ(_DATED_PT, form) == "met"


def test_a_ticked_box_of_care_is_neither_evidence_nor_denial() -> None:
    found = [
        f
        for f in find_findings([NoteInput("D/1", "Therapy completed: [X] PT  [ ] Chiro")])
        if f.concept == "physical-therapy"
    ]
    assert found and not any(f.negated or f.asserted for f in found)
    # The empty box's own item is not chosen: neither stated nor denied (s52-c, form_grids).
    chiro = [f for f in find_findings([NoteInput("D/1", "Therapy: [X] PT  [ ] Chiro")])
             if f.concept == "chiropractic"]  # fmt: skip
    assert chiro and not any(f.negated or f.asserted for f in chiro)


def test_a_newer_note_saying_no_therapy_still_wins() -> None:
    denied = ("2026-02-20", "Occ med f/u. Never went to PT; did not attend any therapy.")
    assert _occ(_DATED_PT, denied) != "met"
