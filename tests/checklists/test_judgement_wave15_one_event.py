"""One event mentioned several times is one event, and a date belongs to what it follows (blind
wave 15): a medial branch block dated in the visit note and restated in its procedure's own note
is one block, not the two an ablation needs (AY/inj-03); "s/p L ACL recon 6/2/26, injured at
work earlier this year" dates the surgery, not the injury (AX/occ-03). Blocks on two days, or
numbered on one, are two."""

from __future__ import annotations

from smartapp.checklists import load_catalog
from smartapp.checklists.engine import check, make_context
from smartapp.checklists.told_apart import told_apart
from smartapp.evidence import build_record
from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput
from smartapp.scoring.report import attach_findings

from .test_judgement import AS_OF, _note, record, status


def _block(ident: str, when: str, note: str, state: str = "completed") -> dict:
    return {
        "resourceType": "Procedure",
        "id": ident,
        "status": state,
        "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "64493"}]},
        "subject": {"reference": "Patient/p"},
        "performedDateTime": when,
        "note": [{"text": note}],
    }


def _ablation(text: str, *blocks: dict) -> str:
    bundle = record("64635", _note("n1", "2026-02-20", text), *blocks, reason="M47.816")
    return status(bundle, "IPN-008")["status"]


def test_one_block_restated_is_one_block() -> None:
    text = "R L4-5/L5-S1 MBB #1 01/22/26 with 85% relief x 5 h (diary). MBB #2 rescheduled 3/3."
    # The diary, read the next day, dates its relief 1/23: two readings of one block.
    block = _block("p1", "2026-01-22", "R L4-5, L5-S1 MBB. Diary 1/23/26: 85% relief for 5 h.")
    cancelled = _block("p2", "2026-02-06", "Cancelled - patient ill.", "not-done")
    assert _ablation(text, block, cancelled) != "met"


def _blocks_in_notes(*resources: dict) -> str:
    """IPN-008's count of blocks in the notes alone: two mentions of one block are one."""
    checklist = load_catalog().checklists["caresource-pain-spinal-injections"]
    patient = build_record(record("64635", *resources, reason="M47.816"))
    attach_findings(patient, checklist, AS_OF, AS_OF)
    ctx = make_context(checklist, patient, AS_OF, ("cpt", "64635"))
    spec = {"category": "conservative-treatment", "concepts": ["epidural-injection"],
            "within_days": 365, "min_count": 2, "statement_mentions": ["mbb"]}  # fmt: skip
    return check({"note_finding": spec}, ctx).status


def test_a_block_in_the_visit_note_and_its_procedure_note_is_one_block() -> None:
    text = "R L4-5/L5-S1 MBB #1 01/22/26 with 85% relief x 5 h (diary)."
    block = _block("p1", "2026-01-22", "R L4-5, L5-S1 MBB with 0.5 mL bupivacaine per level.")
    assert _blocks_in_notes(_note("n1", "2026-02-20", text), block) != "met"
    second = "R L4-5/L5-S1 MBB #2 02/05/26 with 90% relief x 6 h."
    two = (_note("n1", "2026-02-20", text + " " + second), block)
    assert _blocks_in_notes(*two) == "met"


def test_two_blocks_on_two_days_are_two() -> None:
    text = "R L4-5/L5-S1 MBB 01/08/26 with 85% relief x 5 h; second MBB 01/29/26 with 90% relief."
    assert _ablation(text) == "met"


def test_blocks_numbered_on_one_day_are_as_many_as_their_numbers() -> None:
    def blocks(text: str) -> int:
        found = find_findings([NoteInput("D/1", text)])
        mbb = [f for f in found if f.concept == "epidural-injection" and f.asserted]
        return told_apart(mbb, {"D/1": None})

    assert blocks("R L4-5 MBB #1 with 85% relief x 5 h, MBB #2 with 90% relief x 6 h.") == 2
    assert blocks("MBB #1 with 85% relief. MBB #1 relief lasted 5 h per diary.") == 1


def _injury(text: str) -> str:
    bundle = record("97546", _note("n1", "2026-02-20", text), reason="S83.512D")
    return status(bundle, "OCC-001")["status"]


def test_a_surgery_date_is_no_date_of_injury() -> None:
    text = (
        "Pt s/p L ACL recon 11/2/25, injured at work earlier this year. Completed 15 wks PT."
        " Off work."
    )
    assert _injury(text) != "met"


def test_a_date_of_injury_still_dates_the_injury() -> None:
    text = "Pt injured at work 9/2/25 lifting a stretcher; s/p L ACL recon 11/2/25. Off work."
    assert _injury(text) == "met"
    text = "DOI 9/2/25, twisted L knee stepping off the rig at work. Off work."
    assert _injury(text) == "met"
