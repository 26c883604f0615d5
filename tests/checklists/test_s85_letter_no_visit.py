"""A letter of medical necessity by the ordering doctor whose text opens "A/P:" records no visit
(brief s85-switch): the rule that a practitioner's terse note opening "A/P:" or "Neuro f/u."
records its day's visit (blind wave 99; notes/specialty_titles.py) is for a note of a visit, and
a letter, by its type, description or LOINC display ("Letter", "Letter of medical necessity",
"LMN") or its opening words ("To whom it may concern", "Re: medical necessity"), is written to
the payer, not the record of a face-to-face encounter (CMS PIM ch. 5 §5.7). The same words in a
progress note still record its visit."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

BED = "E0265"
DAY = "2026-09-29"
NEED = (
    "MS (not mitral stenosis) w/ spastic paraparesis. Painful spasms, cannot reposition self; "
    "needs HOB elevated 30 deg for aspiration risk.\nPlan: hospital bed, HOB 30, turn q2h."
)


def _bed(text: str, display: str, code: str = "11506-3", description: str | None = None) -> str:
    note = _note("n1", DAY, text)
    note["type"] = {"coding": [{"system": "http://loinc.org", "code": code, "display": display}]}
    if description:
        note["description"] = description
    order = {
        "authoredOn": DAY,
        "occurrenceDateTime": "2026-10-12",
        "requester": {"reference": "Practitioner/dr"},
    }
    bundle = record(BED, note, reason="G35.D", order_type="DeviceRequest", order=order)
    return status(bundle, "BED-002", service=BED, as_of=date(2026, 10, 5))["status"]


@pytest.mark.parametrize(
    ("display", "code", "description"),
    [
        ("Letter", "11488-4", None),  # the corpus's letters carry this display
        ("Letter of medical necessity", "11506-3", None),
        ("Progress note", "11506-3", "LMN - hospital bed"),
        ("Hospital Letter", "51852-2", None),
    ],
)
def test_a_letter_opening_a_p_is_no_face_to_face_visit(
    display: str, code: str, description: str | None
) -> None:
    assert _bed(f"A/P: {NEED}", display, code, description) == "missing"
    assert _bed(f"Neuro f/u. {NEED}", display, code, description) == "missing"


@pytest.mark.parametrize("display", ["Progress note", "Office visit note", "Neurology note"])
def test_the_same_opening_in_a_visit_note_is_still_the_visit(display: str) -> None:
    assert _bed(f"A/P: {NEED}", display) == "met"


def _held(text: str, title: str = "") -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, date(2026, 5, 26), title)])
    return any(
        f.concept == "in-person-visit" and not (f.negated or f.planned or f.hypothetical)
        for f in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "To whom it may concern:\nA/P: CHF, needs hospital bed.",
        "Re: medical necessity\nA/P: COPD, home O2.",
        "Dear Dr. Smith,\nPulm f/u. IPF, SpO2 87% RA.",
    ],
)
def test_a_letter_known_by_its_opening_records_no_visit(text: str) -> None:
    assert not _held(text)


def test_a_letter_still_tells_a_visit_it_names() -> None:
    """A letter's own words about a visit ("seen in clinic 9/20") are read as any note's; only
    its opening heading is no visit of its own."""
    assert _held("I saw Ms. Doe today. She was seen in clinic and examined.\nA/P: CHF.", "Letter")
    assert not _held("A/P: CHF. Needs hospital bed.", "Letter")
