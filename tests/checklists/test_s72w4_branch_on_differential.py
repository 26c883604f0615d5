"""A plan that branches on the diagnoses the study is to tell apart depends on the study (blind
wave 81, KX/imaging-other-02).

"A/P: ... r/o Crohn ileitis vs chronic appendicitis vs abscess. CT A/P with IV contrast. If
ileitis -> GI referral + colonoscopy; if appendiceal -> surgery consult." AIM-004 read the
branches as decision-dependent but asked them to name the study or a finding of its list, which
held neither ileitis nor appendiceal: the plan was called missing. A branch on a diagnosis of the
note's own differential, or on the result's sign ("If + -> GI"), is the result deciding the care
(differential_branches.py). A branch on a symptom or a lab, or an arrow reporting a course, is not.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.differential_branches import branches_on_differential
from smartapp.scoring.report import score_bundle

from .test_judgement import _note, record

A_P = (
    "HPI: 37F RLQ pain x 3 wks, worse after meals.\nExam: RLQ tenderness w/ guarding.\n"
    "A/P: RLQ pain w/ leukocytosis, r/o Crohn ileitis vs chronic appendicitis. CT A/P with IV "
    "contrast.\n"
)


def _status(plan: str) -> str:
    order = {"authoredOn": "2026-05-12", "occurrenceDateTime": "2026-05-15"}
    bundle = record("74177", _note("n1", "2026-05-11", A_P + plan), reason="R10.31", order=order)
    report = score_bundle(bundle, as_of=date(2026, 5, 12))
    return {i["id"]: i["status"] for i in report["items"]}["AIM-004"]


@pytest.mark.parametrize(
    "plan",
    [
        "If ileitis -> GI referral + colonoscopy; if appendiceal -> surgery consult.",
        "If Crohn's -> GI referral for colonoscopy.",
        "Ileitis => GI/scope; appendiceal => gen surg.",
        "if inflamed appendix then surgery consult",
        "If Crohns: GI referral. If appendicular: surgery.",
        "If terminal ileitis, GI referral; if appendiceal, surgery consult.",
        "IF ILEITIS -> GI REFERRAL",
        "If + -> GI referral.",
        "+ => refer surgery.",
        "(+) -> GI referral.",
    ],
)
def test_a_branch_on_the_differential_or_the_result_depends_on_the_study(plan: str) -> None:
    assert _status(plan) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        "Pain -> worse with meals.",
        "If pain worse, return to ED.",
        "Cr 1.2 -> 1.5, hold metformin.",
        "If fever -> return to ED.",
        "If worsening -> ED.",
        "If symptoms persist -> call.",
        "If nausea -> zofran.",
        "If chronic pain persists -> pain clinic.",
        "Return precautions given.",
    ],
)
def test_a_branch_on_a_symptom_or_a_course_does_not(plan: str) -> None:
    assert _status(plan) != "met"


def test_a_branch_counts_only_on_a_diagnosis_the_note_lists() -> None:
    note = "A/P: RLQ pain, r/o appendicitis vs ovarian cyst."
    assert branches_on_differential("If ovarian -> GYN.", note)
    assert not branches_on_differential("If ileitis -> GI.", note)
