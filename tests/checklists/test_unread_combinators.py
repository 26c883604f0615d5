"""A combinator must not make a gap of evidence it could not read (bench/unread.py, invariant
b): ``after`` (a follow-up exam after the trial of care) whose later exam is in an unread note,
and ``any_of`` whose alternative in an unread note could not be checked while another is partly
there. Both were "partial" -- a gap -- and are "could not be checked", naming the note."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import unread


def moved(case_name: str, doc_id: str, item_id: str) -> tuple[dict, dict]:
    """(item as written, item with ``doc_id``'s Binary missing) of one corpus case."""
    reports = unread.trial(case_name, doc_id)
    base, trial = (next(i for i in r["items"] if i["id"] == item_id) for r in reports)
    return base, trial


def test_an_exam_after_the_trial_in_an_unread_note_is_not_a_gap():
    # A/lmri-07: the follow-up exam is in the second note; the first note's exam is of the visit
    # that began the trial, so "not after the trial" would blame the unread note.
    base, trial = moved("A/lmri-07.json", "doc-lmri07-12", "LMRI-004")
    assert base["status"] == "met"
    assert trial["status"] == "unknown", trial["searched"]
    assert "DocumentReference/doc-lmri07-12" in trial["searched"]


def test_an_alternative_that_could_not_be_checked_outweighs_a_partial_one():
    # AA/cpap-02: the in-person sleep evaluation is in the only note; the bi-level branch beside
    # it is partly there (an evaluation, not the E0470 it needs).
    base, trial = moved("AA/cpap-02.json", "n1", "CPAP-003")
    assert base["status"] == "met"
    assert trial["status"] == "unknown", trial["searched"]
    assert "DocumentReference/n1" in trial["searched"]
