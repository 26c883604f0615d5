"""An Epic SmartList left unfilled ('{Blank single:12345::"***"}') documents nothing: its
"***" stands inside a run of punctuation the note cleanup blanks, and must survive it so the
field reads as blank. A filled SmartList, or a ruler of stars, is not blank."""

from __future__ import annotations

import datetime as dt

from smartapp.notes import NoteInput, find_findings
from smartapp.notes.text_cleanup import blank_noise


def _asserted(text: str, concept: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/s1", text, dt.date(2026, 3, 2))])
    return any(f.concept == concept and f.asserted for f in found)


def test_an_unfilled_smartlist_is_no_ecg() -> None:
    text = 'Chest pressure on stairs.\nEKG: {Blank single:40411::"***"}\nPlan: stress test.'
    assert not _asserted(text, "ecg")


def test_a_filled_smartlist_is_the_ecg() -> None:
    text = 'Chest pressure on stairs.\nEKG: {Blank single:40411::"sinus rhythm, LVH"}\nPlan: ETT.'
    assert _asserted(text, "ecg")


def test_the_stars_keep_their_place_and_the_length() -> None:
    text = 'x {A:1::"***"} y ==========********** z'
    cleaned = blank_noise(text)
    assert len(cleaned) == len(text)
    assert cleaned.index("***") == text.index("***")
    assert "****" not in cleaned  # a ruler of stars is still blanked past its first marks
