"""Plan-of-care reviews and evaluations found in notes that could not be read (bench/unread.py):
a note counted by its title alone must not pass for a signed, filled review (invariant a), and
"no evaluation yet" or a plan older than the window but still in force must not become a gap
when the note that holds it is unread (invariant b)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
import unread


def statuses(case_name: str, doc_id: str, item_id: str) -> tuple[str, dict]:
    base, trial = unread.trial(case_name, doc_id)
    item = lambda report: next(i for i in report["items"] if i["id"] == item_id)  # noqa: E731
    return item(base)["status"], item(trial)


def test_a_recert_draft_titled_plan_of_care_is_no_review_when_unread():
    # AR/hh-02: "Recert POC draft - unsigned", left "***": read, no review; unread, its title
    # alone made the plan reviewed 1 day ago.
    was, now = statuses("AR/hh-02.json", "doc-hh02-17", "HHC-006")
    assert was == "missing"
    assert now["status"] == "unknown", now["searched"]
    assert "DocumentReference/doc-hh02-17" in now["searched"]


def test_no_evaluation_found_yet_is_not_judged_when_its_note_is_unread():
    # AJ/slp-04: the evaluation 22 days ago is in the unread note; "none found yet" made the
    # re-evaluation item partial.
    was, now = statuses("AJ/slp-04.json", "doc2", "SLP-005")
    assert was == "met"
    assert now["status"] == "unknown", now["searched"]


def test_a_plan_still_in_force_in_an_unread_older_note_is_not_a_gap():
    # AG/slp-02: the plan's goals are in the evaluation of 3/20, older than the 90 days but in
    # force; unread, the goals were "none found" with no word of the unread note.
    was, now = statuses("AG/slp-02.json", "note-eval", "SLP-004")
    assert was == "met"
    assert now["status"] == "unknown", now["searched"]
    assert "DocumentReference/note-eval" in now["searched"]
