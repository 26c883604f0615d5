"""The golden cases' note texts and their statements: the realistic text the note-reading tests
run both ways (a fast path against the plain one) to prove a speed change changes nothing."""

from __future__ import annotations

from pathlib import Path

from smartapp.checklists.golden import load_cases
from smartapp.notes.segments import segment

GOLDEN = Path(__file__).resolve().parent / "golden"


def golden_note_texts() -> list[str]:
    """Every golden case's note text that has any."""
    return [
        note["text"]
        for case in load_cases(GOLDEN)
        for note in case.record.get("notes") or ()
        if note.get("text")
    ]


def statements_of(texts: list[str]) -> list[str]:
    """The statements the note reader splits ``texts`` into."""
    return [seg.text for text in texts for seg in segment(text)]
