"""A plan that branches on what the study shows, written as the findings it may show (blind wave
17, BH/aim-02): "P: CT enterography. If abscess -> IR drainage + abx, hold biologic; if
fibrostenotic stricture -> surgical referral; if inflammatory only -> escalate adalimumab" is how
the result changes management (AIM-004), though no branch names the CT: each names a finding the
CT may show (abscess, stricture, fistula, obstruction, an embolus, metastases). A list of options
headed by the result ("Plan by CT result: drainage vs resection vs biologic escalation",
"Management per MRI findings") is one too. A conditional on something the study does not show
("if BP stays high -> increase lisinopril", "if pain persists -> PT") and a plan with no decision
("CT A/P ordered, f/u in clinic") are not."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _ct(text: str) -> dict:
    return record("74177", _note("n1", "2026-02-20", text), reason="K50.012")


def test_branches_on_what_the_study_may_show_change_management():
    for text in (
        "P: CT enterography. If abscess -> IR drainage + abx, hold biologic; if fibrostenotic "
        "stricture -> surgical referral for resection; if inflammatory only -> escalate "
        "adalimumab to weekly.",
        "P: CT A/P. If perforation -> surgery; if diverticulitis without abscess -> oral abx.",
        "Plan CTA chest. If embolism -> anticoagulation, if negative -> d/c home.",
        "P: CT C/A/P for staging. If metastases -> oncology for systemic tx.",
        "Plan by CT result: IR drainage, surgical referral, or biologic escalation.",
        "Management per MRI findings: resection vs surveillance.",
        "Next steps per CT results.",
    ):
        assert status(_ct(text), "AIM-004")["status"] == "met", text


def test_conditionals_on_other_things_and_plans_without_a_decision_are_not():
    for text in (
        "P: CT A/P ordered. If BP stays high -> increase lisinopril.",
        "P: CT A/P ordered. If pain persists -> PT referral.",
        "CT A/P ordered, f/u in clinic in 2 wks.",
        "Hx abscess 2019 drained by IR.",
        "Stricture dilated 2024; continue adalimumab.",
    ):
        assert status(_ct(text), "AIM-004")["status"] != "met", text
