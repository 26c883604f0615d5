"""A note read once is not read again in this process; a changed or cut-short note is."""

from __future__ import annotations

import datetime as dt

from smartapp.notes import findings as module
from smartapp.notes import memo
from smartapp.notes.findings import NoteInput, find_findings

NOTE = NoteInput("DocumentReference/n1", "Low back pain for 8 weeks despite physical therapy.",
                 dt.date(2026, 11, 1), "Progress note")  # fmt: skip


def test_the_same_note_is_recalled_and_a_changed_one_read_again(monkeypatch):
    memo.forget_all()
    first = find_findings([NOTE])
    assert first
    reads = []
    real = module._analyse
    monkeypatch.setattr(module, "_analyse", lambda *a: reads.append(a[1].ref) or real(*a))
    assert find_findings([NOTE]) == first and reads == []
    changed = NoteInput(NOTE.ref, NOTE.text.replace("8 weeks", "2 weeks"), NOTE.date, NOTE.title)
    assert find_findings([changed]) != first and reads == [NOTE.ref]


def test_a_note_cut_short_is_not_kept(monkeypatch):
    memo.forget_all()
    monkeypatch.setattr(module, "NOTE_SECONDS", -1.0)
    long = NoteInput(NOTE.ref, "Low back pain for 8 weeks.\nPhysical therapy for 6 weeks failed.",
                     NOTE.date, NOTE.title)  # fmt: skip
    warnings: list[str] = []
    find_findings([long], warnings)
    assert warnings  # stopped after the first statement
    assert memo.recall(memo.key_of(long)) is None
