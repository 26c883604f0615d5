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


def test_a_therapist_s_reassessment_is_no_practitioner_review_of_the_plan():
    # The plan was last signed 70 days before the request (as_of 2026-03-01); a PT visit note
    # since says "Reassessment": the agency therapist's, not the practitioner's review.
    signed = "Home health plan of care. SN 2x/wk x 8 wks. Goals: healed. Signed: J. Doe, MD"
    plan = _note("pc", "2025-12-21", signed, extra={"description": "Plan of care"})
    visit = "PT visit: Reassessment. TUG 24 s (was 31). Continue per POC.\n-- M. Iyer, PT"
    therapist = record("G0151", plan, _note("v", "2026-02-20", visit), reason="G35")
    assert status(therapist, "HHC-006")["status"] == "missing"
    review = "Reassessment: plan of care reviewed, continue.\nSigned: J. Doe, MD 02/20/2026"
    doctor = record("G0151", plan, _note("v", "2026-02-20", review), reason="G35")
    assert status(doctor, "HHC-006")["status"] == "met"


def _chair(*notes: dict) -> dict:
    return record("K0835", *notes, reason="I69.351", order_type="DeviceRequest")


def test_the_supplier_s_seating_assessment_is_no_specialty_evaluation():
    # A power-option chair needs a PT/OT/physician evaluation with no financial tie to the
    # supplier: the supplier ATP's assessment is not one, the same assessment by a PT is.
    assessment = (
        "WHEELCHAIR SEATING & MOBILITY ASSESSMENT\nTrial: Group 2 PWC with power tilt, drove "
        "forward and reverse.\nRecommendation: K0835 with tilt.\n{signer}"
    )
    supplier = assessment.format(signer="Carlos Ruiz, ATP (supplier)\nPittsburgh, PA 15213")
    assert status(_chair(_note("n1", "2026-02-18", supplier)), "WHC-008")["status"] != "met"
    therapist = assessment.format(signer="Dana Lee, PT, ATP  02/18/2026")
    assert status(_chair(_note("n1", "2026-02-18", therapist)), "WHC-008")["status"] == "met"


def test_a_manual_chair_propelled_only_so_far_is_no_safe_use():
    # "Can only propel ... 20 ft max" is why the manual chair fails, not an ability to use one.
    text = "Manual wheelchair (loaner) - can only propel with L arm, veers, 20 ft max, fatigued."
    assert status(_chair(_note("n1", "2026-02-09", text)), "WHC-005")["status"] != "met"


def _visit(ident: str, when: str, kind: str) -> dict:
    return {
        "resourceType": "Encounter",
        "id": ident,
        "status": "finished",
        "class": {"code": "AMB"},
        "subject": {"reference": "Patient/p"},
        "period": {"start": when, "end": when},
        "type": [{"text": kind}],
    }


def test_a_course_charted_only_as_therapy_visits_adds_up():
    # Six weekly OT visits charted only as encounters, for an elbow (as_of 2026-03-01): a
    # course from the first to the last, and "hand therapy" names the specialty, not the hand.
    days = ["2025-12-01", "2025-12-08", "2025-12-15", "2025-12-22", "2025-12-29", "2026-01-05"]
    visits = [_visit(f"e{i}", d, f"OT Hand Therapy Daily Note (visit {i + 1})")
              for i, d in enumerate(days)]  # fmt: skip
    bundle = record("97545", *visits, reason="M77.11")
    assert status(bundle, "OCC-002")["status"] == "met"
    # Visits of another kind are no therapy course.
    office = [_visit(f"e{i}", d, "Office Visit") for i, d in enumerate(days)]
    assert status(record("97545", *office, reason="M77.11"), "OCC-002")["status"] != "met"
