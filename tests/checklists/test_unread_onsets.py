"""A symptom duration is not met on a problem-list onset while the newest note, which governs
the onset (onsets.py), could not be read (bench/unread.py, invariant a): AK/inj-05's newest note
dates the pain from 5/3/26; unread, the 2019 radiculopathy entry made four weeks "met"."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import unread


def test_an_onset_an_unread_newer_note_may_restate_is_not_judged():
    base, trial = unread.trial("AK/inj-05.json", "doc6")
    item = lambda report: next(i for i in report["items"] if i["id"] == "IPN-001")  # noqa: E731
    assert item(base)["status"] == "partial"  # the note read: the episode began 5/3/26
    assert item(trial)["status"] == "unknown", item(trial)["searched"]
    assert "may state a later onset (DocumentReference/doc6)" in item(trial)["searched"]
