"""A visit kept by ``visit_about`` only because every note of its day is unread is not judged
(bench/unread.py, invariant a): with the note read, DM/hh-03's dermatology video visit about a
rash is no encounter for Parkinson's home PT; unread, the visit would stand on its type alone and
make the face-to-face "met"."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import unread


def _item(report: dict) -> dict:
    return next(i for i in report["items"] if i["id"] == "HHC-001")


def test_a_visit_whose_only_note_is_unread_is_not_judged_about_the_need():
    base, trial = unread.trial("DM/hh-03.json", "doc6")
    assert _item(base)["status"] == "missing"  # the note read: a rash
    assert _item(trial)["status"] == "unknown", _item(trial)["searched"]
    assert "DocumentReference/doc6" in _item(trial)["searched"]


def test_a_visit_with_its_note_read_stands_whatever_other_note_is_unread():
    base, trial = unread.trial("DO/hh-02.json", "doc8")  # the 10/24 visit's own note is read
    assert _item(base)["status"] == _item(trial)["status"] == "met"


def test_a_recertification_visit_whose_note_is_unread_is_not_judged_missing():
    # The 8/27 visit is 58 days after the start of care, in the recertification order's window
    # only: the start's window finds nothing, the order's the visit with its note unread.
    base, trial = unread.trial("DI/homehealth-02.json", "n1")
    assert _item(base)["status"] == "met"
    assert _item(trial)["status"] == "unknown", _item(trial)["searched"]
