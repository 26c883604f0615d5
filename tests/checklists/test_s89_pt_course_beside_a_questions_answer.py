"""A PT course an older note tells is not taken back by a later note's question answered "no"
(blind wave 104, OI/occ-01: "FCE planned? - no, proceed straight to work hardening per PT rec."
read PT as denied, the newest denied mention won, and OCC-002 found no acute therapy at all;
question_prompts.py). A later note that does deny the course still takes it back.
"""

from __future__ import annotations

from datetime import date

from .test_judgement import _note, record, status


def test_a_completed_pt_course_is_not_taken_back_by_a_later_questions_answer() -> None:
    injury = _note(
        "inj",
        "2025-10-22",
        "DOI 10/20/2025: lifted 60-lb case, felt pull L low back. Work "
        "status: modified duty 10-lb limit.",
    )
    course = _note(
        "dc",
        "2026-01-09",
        "PT 10/27/25-1/8/26 (16 visits of 18; 2 cancellations weather). "
        "Plateaued; still below job demands. Rec work conditioning.",
    )
    later = _note(
        "fu",
        "2026-02-11",
        "Off work since Jan. FCE planned? - no, proceed straight to work hardening per PT rec.",
    )
    bundle = record("97545", injury, course, later, reason="S39.012D")
    as_of = date(2026, 2, 18)
    assert status(bundle, "OCC-002", service="97545", as_of=as_of)["status"] == "met"
    # ... while a later note that does deny the course still takes it back.
    denied = _note("fu", "2026-02-11", "FCE planned? - no. Pt never did PT; no PT visits.")
    bundle = record("97545", injury, course, denied, reason="S39.012D")
    assert status(bundle, "OCC-002", service="97545", as_of=as_of)["status"] != "met"
