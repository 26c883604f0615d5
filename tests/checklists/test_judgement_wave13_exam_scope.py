"""Exam findings denied by a verb of another clause, found by blind wave 13 (f3, AO/kas-04):
in a terse exam line "cannot passively extend, lg effusion, MJL ttp, McM not tested d/t locking,
lachman firm endpt" the "not" of "cannot extend" and "not tested" denies its own verb, not the
signs the next clauses grade. A list a verb of having or reporting takes ("does not report
locking, catching with pivoting") stays denied, as does any list after "no" or "denies"."""

from __future__ import annotations

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status

KNEE = (
    "22M R knee twist playing indoor soccer 1/10, couldnt straighten knee since, crutches from "
    "UC. locked - lacks 25 deg ext, cannot passively extend, lg effusion, MJL ttp, McM not "
    "tested d/t locking, lachman firm endpt. MRI 1/15 displaced BH tear MM flipped into notch."
)


def _exam(text: str) -> dict[str, bool]:
    """concept -> asserted, for each exam finding of ``text`` (asserted if any mention is)."""
    out: dict[str, bool] = {}
    for f in find_findings([NoteInput("D/1", text)]):
        if f.category == "exam-findings":
            out[f.concept] = out.get(f.concept, False) or f.asserted
    return out


def test_a_verbs_denial_does_not_reach_the_signs_the_next_clauses_grade():
    found = _exam(KNEE)
    assert found["effusion"] and found["tenderness"]
    assert _exam("Lachman not performed, large effusion, MJL ttp.")["effusion"]
    assert _exam("Strength not tested d/t pain, MJL tender to palpation.")["tenderness"]
    assert _exam("Large effusion, McMurray not tested (guarding).")["effusion"]


def test_a_denied_list_stays_denied():
    # The verb takes the list: having, reporting, showing.
    assert not _exam("Does not have effusion, crepitus in the knee.")["effusion"]
    assert not _exam("Does not report locking, catching with pivoting.")["symptom-report"]
    assert not _exam("Could not appreciate effusion, crepitus with ROM.")["crepitus"]
    # A bare list item after the verb's own denial ("not tested, Lachman").
    assert not _exam("McMurray not tested, Lachman, anterior drawer.")["mechanical-test"]
    # A denial standing alone after a clause is that clause's status.
    assert not _exam("Initial evaluation requested by fax 2/23 - not yet received.")[
        "therapy-evaluation"
    ]
    # "no" and "denies" deny their lists as before.
    assert not _exam("Cannot fully extend, no effusion, no crepitus.")["effusion"]
    assert not _exam("Unable to bear weight, denies swelling, locking at night.")["symptom-report"]


def test_a_locked_knees_terse_exam_meets_the_exam_item():
    note = _note("n1", "2026-02-10", KNEE)
    assert status(record("29882", note, reason="S83.211A"), "KAS-002")["status"] == "met"
