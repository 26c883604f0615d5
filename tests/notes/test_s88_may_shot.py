"""A capitalised "May" before a procedure and what it did is the month the procedure was given,
not the modal verb (brief s88-injections; notes/month_may.py): "Says May shot gave 60% relief
until about September (4 mo)" in a phone note (blind wave 103, OE/ipn-03) read as an option
left open, so a repeat epidural's prior response was none. "May consider ESI", "may repeat ESI
if ...", "May ESI help?" stay the verb."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _found(text: str, concept: str) -> list[object]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 9, 20), "Phone note")]
    return [f for f in find_findings(notes) if f.concept == concept]


def _told(text: str, concept: str) -> list[object]:
    return [
        f for f in _found(text, concept)
        if not (f.negated or f.hypothetical or f.speculative or f.planned)
    ]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # The case's words.
        ("Pt called: R leg pain back since ~mid-Sept. Says May shot gave 60% relief until about "
         "September (4 mo). Schedule f/u.", 120),
        ("May ESI gave 60% relief for 4 mo.", 120),
        ("Reports May R L5 TFESI helped ~70% for about 4 months.", 120),
        ("May injection provided 60% relief lasting 4 months.", 120),
    ],
)
def test_may_before_a_procedure_that_did_something_is_the_month(text: str, days: int) -> None:
    reliefs = _told(text, "block-relief")
    assert reliefs, text
    assert any((f.duration_days or 0) >= days for f in reliefs), text


@pytest.mark.parametrize(
    "text",
    [
        "May consider ESI; may repeat ESI if relief < 50%.",
        "May need repeat ESI for 60% relief.",
        "Pt may benefit from ESI.",
        "May trial ESI, hoping for 60% relief.",
    ],
)
def test_the_modal_stays_an_option(text: str) -> None:
    told = _told(text, "epidural-injection")
    assert told == [], text
