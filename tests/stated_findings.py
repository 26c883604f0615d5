"""What the note reader states in a one-note text: the findings of a concept that are neither
negated, hypothetical, the family's nor planned (the shared helper of the note-reading tests that
ask "is this read as said?")."""

from __future__ import annotations

from datetime import date

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteFinding, NoteInput


def found(text: str, concept: str, day: date = date(2026, 3, 2)) -> list[NoteFinding]:
    """Every finding of ``concept`` in ``text`` read as one note of ``day``."""
    notes = [NoteInput("DocumentReference/n1", text, day)]
    return [f for f in find_findings(notes) if f.concept == concept]


def stated(text: str, concept: str, day: date = date(2026, 3, 2)) -> list[str]:
    """The matched words of the findings of ``concept`` that ``text`` states as so."""
    return [
        f.text
        for f in found(text, concept, day)
        if not (f.negated or f.hypothetical or f.family or f.planned)
    ]
