"""An exam's results written in the assessment and plan are the exam (blind wave 23, CE/inj-02):
a pain physician's one-section note, "Assessment and Plan: Lumbar facet-mediated pain ... neuro
exam nonfocal; SLR neg bilat, strength 5/5, reflexes 2+ symmetric; facet loading + bilat L4-5,
paraspinal TTP. ... Plan: bilateral L4-5 RFA", gave IPN-004 nothing: the exam items leave out
the plan section, where exam words are most often what is to come ("recheck SLR at f/u", "PT
for core strength", "will assess gait"), and an "A/P" header opens a plan section. A statement
there that gives the exam's result (a grade, "neg", "+", "intact", "nonfocal", "TTP", degrees)
reports what was examined; exam words with no result, or a result still to be taken, do not.
"""

from __future__ import annotations

import pytest

from smartapp.checklists.exam_in_plan import examined_in_plan

from .test_judgement import _note, record, status

AP_EXAM = (
    "Assessment and Plan:\n"
    "Lumbar facet-mediated pain, axial, bilateral, since spring 2025. No radicular sx, neuro "
    "exam nonfocal; SLR neg bilat, strength 5/5, reflexes 2+ symmetric; facet loading + bilat "
    "L4-5, paraspinal TTP.\n"
    "Plan: bilateral L4-5 RFA under fluoro; continue HEP."
)
AP_NO_EXAM = (
    "Assessment and Plan:\n"
    "Lumbar facet-mediated pain, axial, bilateral, since spring 2025.\n"
    "Plan: PT for core strength and ROM. Recheck SLR and reflexes at f/u. Will assess gait. "
    "Tenderness to be reassessed."
)


def _ipn004(text: str) -> str:
    bundle = record(
        "64635",
        _note("n1", "2026-02-20", text),
        reason="M47.816",
        order={"authoredOn": "2026-02-25"},
    )
    return status(bundle, "IPN-004")["status"]


def test_exam_results_in_an_assessment_and_plan_meet_the_exam_item() -> None:
    assert _ipn004(AP_EXAM) == "met"


def test_exam_words_in_a_plan_with_no_result_do_not() -> None:
    assert _ipn004(AP_NO_EXAM) == "missing"


@pytest.mark.parametrize(
    "text",
    [
        "SLR neg bilat, strength 5/5, reflexes 2+ symmetric",
        "facet loading + bilat L4-5, paraspinal TTP.",
        "Exam today: lumbar flexion 40 deg, sensation intact.",
        "R knee: McMurray positive, medial joint line tender to palpation.",
    ],
)
def test_a_result_is_an_examination(text: str) -> None:
    assert examined_in_plan(text)


@pytest.mark.parametrize(
    "text",
    [
        "PT for core strength and ROM.",
        "Recheck SLR and reflexes at f/u.",
        "Will assess gait and strength next visit.",
        "Tenderness to be reassessed.",
        "If SLR positive, MRI L-spine.",
        "Repeat exam in 6 wks; if strength 4/5 or worse, EMG.",
    ],
)
def test_a_result_to_come_or_none_is_not(text: str) -> None:
    assert not examined_in_plan(text)
