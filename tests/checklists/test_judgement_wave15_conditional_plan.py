"""A plan that turns on the study's result, the result as notes shorten it (blind wave 15,
AW/lmri-04): "MRI L-spine w/o (pars protocol). If active stress reaction -> brace + 8-12 wks no
sport; if neg -> return-to-sport progression." named none of the words LMRI-007 takes as a
result ("negative", "fracture"), so the plan read as a conditional about something else."""

from __future__ import annotations

from .test_judgement import _note, record, status


def _plan(text: str) -> str:
    note = _note("n1", "2026-02-26", f"HPI: LBP x 9 wks.\nA/P: MRI L-spine w/o. {text}")
    return status(record("72148", note, reason="M54.50"), "LMRI-007")["status"]


def test_a_result_written_short_decides_the_plan():
    assert _plan("If active stress reaction -> brace + 8-12 wks no sport.") == "met"
    assert _plan("if neg -> return-to-sport progression.") == "met"
    assert _plan("If pos -> ortho spine referral.") == "met"
    assert _plan("If pars fx -> TLSO brace.") == "met"


def test_a_conditional_about_something_else_is_not_the_mri_s_plan():
    assert _plan("If pain worse -> call clinic.") != "met"
    assert _plan("If BP stays high -> add amlodipine.") != "met"
