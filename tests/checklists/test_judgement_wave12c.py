"""The judgement fixes found by blind wave 12 on plans of care, reviews and who evaluated: each
test names the class of record that was scored wrong."""

from __future__ import annotations

from .test_judgement import _note, record, status


def test_a_progress_report_on_goals_is_no_plan_of_care():
    # A progress note grading each goal ("- progressing", "- MET") with "continue 2x/wk x 4 wks"
    # reports on a plan; it states none (as_of 2026-03-01, no plan of care in force).
    graded = (
        "PT progress report, visit 14.\n"
        "Goals: hip abd 5/5 - progressing; TUG < 12 s - MET; stairs reciprocal - not met.\n"
        "Walk 1 mile - partially met (0.5 mi).\n"
        "P: continue PT 2x/wk x 4 wks."
    )
    assert status(record("97110", _note("n1", "2026-02-20", graded)), "PT-001")["status"] != "met"
    # A note that only points at goals written elsewhere states none either.
    pointer = "PT visit 6. Goals: per outside clinic POC (not yet received). P: PT 2x/wk x 4 wks."
    assert status(record("97110", _note("n1", "2026-02-20", pointer)), "PT-001")["status"] != "met"
    # A goal the patient voices in the history is theirs, not a goal the plan of care sets.
    voiced = "S: knee better. Goal is to return to soccer.\nP: continue PT 2x/wk x 6 wks."
    assert status(record("97110", _note("n1", "2026-02-20", voiced)), "PT-001")["status"] != "met"
    # New goals written at a recertification are the plan's goals, graded old ones beside them.
    recert = graded.replace("P: continue", "New goals: walk 2 miles in 4 wks; TUG < 10 s.\nP:")
    assert status(record("97110", _note("n1", "2026-02-20", recert)), "PT-001")["status"] == "met"
