"""The findings of notes already read, kept in this process (bounded), so reading the same note
again costs a dictionary lookup.

A note's findings depend only on its reference, title, date and text (the pipeline and the cue
tables are fixed for the process), so the key is a hash of those four: a changed note is a new
key. This is what makes a CDS hook warm — an EHR calls order-select, then order-sign moments
later with the same chart — and a Re-check of an unchanged chart. A note whose analysis stopped
early (time or size bound: a warning was added) is not kept, so its warning is given again.
The entries hold snippets of note text, in memory only, never written anywhere; the oldest are
dropped past ``MAX_NOTES``.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from .model import NoteFinding, NoteInput

MAX_NOTES = 4096
_entries: OrderedDict[str, tuple[NoteFinding, ...]] = OrderedDict()
_lock = threading.Lock()


def key_of(note: NoteInput) -> str:
    parts = (note.ref, note.title, note.date.isoformat() if note.date else "", note.text)
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def recall(key: str) -> tuple[NoteFinding, ...] | None:
    with _lock:
        found = _entries.get(key)
        if found is not None:
            _entries.move_to_end(key)
        return found


def keep(key: str, findings: list[NoteFinding]) -> None:
    with _lock:
        _entries[key] = tuple(findings)
        _entries.move_to_end(key)
        while len(_entries) > MAX_NOTES:
            _entries.popitem(last=False)


def forget_all() -> None:
    """Empty the memo (tests that count the work of reading notes)."""
    with _lock:
        _entries.clear()
