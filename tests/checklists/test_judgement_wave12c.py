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


def _plan_note(text: str) -> dict:
    return _note("pc", "2026-02-20", text, extra={"description": "Home health plan of care"})


def test_a_plan_of_care_template_left_blank_is_no_plan():
    # Counted by its title, the document must still be the plan: frequency, goals and the
    # signature left as SmartText blanks ("***", "____") are a template not yet filled in.
    template = (
        "HOME HEALTH PLAN OF CARE\nDisciplines: SN\nSN frequency: ***\nDuration: *** weeks\n"
        "Goals: ***\nPhysician signature: ______ Date: ______"
    )
    blank = record("G0299", _plan_note(template), reason="L89.154")
    assert status(blank, "HHC-004")["status"] != "met"
    assert "left blank" in status(blank, "HHC-004")["searched"]
    filled = (
        "HOME HEALTH PLAN OF CARE\nDisciplines: SN\nSN frequency: 2x/wk\nDuration: 8 weeks\n"
        "Goals: wound healed\nPhysician signature: e-signed J. Doe MD 2/20/2026\n"
        "Face-to-face: ____ (scheduled 3/5)"  # another item's field: the plan is filled in
    )
    assert status(record("G0299", _plan_note(filled), reason="L89.154"),
                  "HHC-004")["status"] == "met"  # fmt: skip
    # Nor does its heading, beside a visit note's frequency, make an unsigned draft a plan.
    unsigned = (
        "HOME HEALTH CERTIFICATION AND PLAN OF CARE\nOrders: SN 3w4\nGoals: wound 50% smaller\n"
        "Physician signature: ________ Date: ____\nStatus: sent for signature, not returned"
    )
    visit = _note("v1", "2026-02-18", "Video visit. Plan: home health SN 3x/wk x 4 wks.")
    draft = record("G0299", visit, _plan_note(unsigned), reason="L89.154")
    assert status(draft, "HHC-004")["status"] != "met"
