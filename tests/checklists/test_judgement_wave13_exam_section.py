"""An exam written inside an assessment-and-plan block under its own label, found by blind wave
13 (f3, AO/lmri-02): "1. Lumbar radiculopathy ... Exam today: SLR + R 40 deg, R ankle reflex
1+ ..." is the follow-up exam, not a plan. A label with "today" or "this visit" before its colon
is a section header as the bare label is."""

from __future__ import annotations

from smartapp.notes.segments import segment

from .test_judgement import TRIAL_BEGUN, _note, record, status

PROBLEM = (
    "Assessment and Plan:\n\n1. Lumbar radiculopathy, R (M51.16)\nStill having R buttock and "
    "posterior thigh pain, 6/10, since January. Did not go to PT (copay). {exam}Pain limits "
    "driving >30 min.\nPlan: MRI lumbar spine w/o contrast; if herniation -> refer for ESI.\n"
)
EXAM = "Exam today: SLR + R 40 deg, decreased R ankle reflex 1+, sensation intact, strength 5/5. "


def _sections(text: str) -> dict[str, str]:
    return {s.text: s.section for s in segment(text)}


def test_a_label_for_todays_exam_opens_the_exam_section():
    for label in ("Exam today:", "PE today:", "Exam this visit:", "Exam at today's visit:",
                  "Physical exam today -"):  # fmt: skip
        sections = _sections(f"Plan: MRI.\n{label} SLR + R 40 deg. Return 6 wks.")
        assert sections[f"{label} SLR + R 40 deg."] == "exam", label
    # Not a label: the words run on into a sentence, or name the plan.
    assert (
        _sections("Plan: MRI. Exam today was limited by pain.")["Exam today was limited by pain."]
        == "plan"
    )
    assert (
        _sections("Plan: recheck exam today: if worse, MRI.")[
            "Plan: recheck exam today: if worse, MRI."
        ]
        == "plan"
    )


def test_a_label_for_todays_exam_holds_for_its_paragraph():
    letter = (
        "She remains on light duty.\n\nExam today: lumbar flexion to mid-shin,\nparaspinal "
        "tenderness L4-S1, SLR negative.\n\nI recommend a work hardening program.\n"
    )
    sections = _sections(letter)
    assert sections["I recommend a work hardening program."] == ""
    assert sections["She remains on light duty."] == ""
    # A bare header holds until the next one, as before.
    assert (
        _sections(letter.replace("Exam today:", "Exam:"))["I recommend a work hardening program."]
        == "exam"
    )


def test_todays_exam_inside_a_problem_based_plan_is_the_follow_up_exam():
    note = _note("n1", "2026-02-20", PROBLEM.format(exam=EXAM))
    bundle = record("72148", note, TRIAL_BEGUN, reason="M51.16")  # after a trial (wave 38)
    assert status(bundle, "LMRI-004")["status"] == "met"
    without = _note("n1", "2026-02-20", PROBLEM.format(exam=""))
    bundle = record("72148", without, TRIAL_BEGUN, reason="M51.16")
    assert status(bundle, "LMRI-004")["status"] != "met"
