"""The findings of notes already read, kept in this process (bounded), so reading the same note
again costs a dictionary lookup.

A note's findings depend only on its reference, title, date and text, and on the patient's sex
and birth date (a relative's words after "Mother:" may be the child's: relative_speaker.py; the
pipeline and the cue tables are fixed for the process), so the key is a hash of those six: a
changed note is a new key. This is what makes a CDS hook warm — an EHR calls order-select,
then order-sign moments later with the same chart — and a Re-check of an unchanged chart. A
note whose analysis stopped early (time or size bound: a warning was added) is not kept, so its
warning is given again. The entries hold snippets of note text, in memory only, never written
anywhere; the oldest are dropped past ``MAX_NOTES``.
"""

from __future__ import annotations

import hashlib

from ..bounded import BoundedStore
from .model import NoteFinding, NoteInput

MAX_NOTES = 4096
_entries: BoundedStore[str, tuple[NoteFinding, ...]] = BoundedStore(MAX_NOTES)


def key_of(note: NoteInput) -> str:
    parts = (
        note.ref, note.title, note.date.isoformat() if note.date else "", note.text,
        note.sex, note.born.isoformat() if note.born else "",
    )  # fmt: skip
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def recall(key: str) -> tuple[NoteFinding, ...] | None:
    return _entries.get(key)


def keep(key: str, findings: list[NoteFinding]) -> None:
    _entries.put(key, tuple(findings))


def forget_all() -> None:
    """Empty the memo (tests that count the work of reading notes)."""
    _entries.clear()
