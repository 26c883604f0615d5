"""A visit kept by ``visit_about`` only because every note of its day is unread is not judged
(bench/unread.py, invariant a): with the note read, CB/whc-03's office visit in the window is
about dysuria, no mobility examination; unread, the visit stood on its type alone and made the
power-wheelchair face-to-face "met" (and the record "ready")."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import unread


def _item(report: dict, ident: str) -> dict:
    return next(i for i in report["items"] if i["id"] == ident)


def test_a_visit_whose_only_note_is_unread_is_not_judged_about_the_need():
    base, trial = unread.trial("CB/whc-03.json", "d2")
    assert _item(base, "WHC-001")["status"] == "missing"  # the note read: dysuria
    assert _item(trial, "WHC-001")["status"] == "unknown", _item(trial, "WHC-001")["searched"]
    assert "DocumentReference/d2" in _item(trial, "WHC-001")["searched"]
