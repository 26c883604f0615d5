"""A plan the MRI decides by the level it finds, written without naming the study again: "Plan:
MRI L-spine; depending on level, ESI vs surgical consult." (blind wave 79, KO/lumbar-mri-02,
brief s71-e). The note reader splits the sentence at its semicolon, so the plan names no study,
but "level" is the spinal level the MRI will show, as "it" is the MRI in "we'll go over it and
decide" (elided_subject.py). The dependence on where the study finds the lesion (its level,
location, site or segment) reads the clause or sentence before it. Not a dependence on anything
else (insurance, the patient's schedule, the pain's or activity's level), nor a plan that
depends on nothing, nor a level after a clause that names no study.
"""

from __future__ import annotations

import pytest

from smartapp.checklists.elided_subject import continued_statement

from .test_judgement import _note, record, status


def _plan(text: str) -> str:
    said = f"LBP with R sciatica after PT x 6 wks.\nPlan: {text}"
    return status(record("72148", _note("n1", "2026-02-20", said)), "LMRI-007")["status"]


@pytest.mark.parametrize(
    "text",
    [
        "MRI L-spine; depending on level, ESI vs surgical consult. Cont HEP.",
        "MRI L spine; depending on which level is involved -> ESI vs NSGY",
        "MRI lumbar spine; ESI vs surgical consult depending on level.",
        "MRI L-spine; depending on location, TFESI vs spine surgeon.",
        "lumbar mri w/o contrast; depending upon the affected level(s) ESI vs surg consult",
        "MRI L-spine. Depending on level, ESI vs surgical consult.",
        "Order MRI LS; based on level, epidural vs surgical consult",
        "MRI L/S ordered; ESI or surgical eval, dependent on the levels.",
    ],
)
def test_a_plan_by_the_level_the_mri_finds_is_the_mri_s_plan(text: str) -> None:
    assert _plan(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "MRI L-spine. F/u 2 wks.",
        "MRI L-spine; will consider ESI.",
        "MRI L-spine; depending on insurance, ESI vs surgical consult.",
        "MRI L-spine; depending on pain level, ESI vs surgical consult.",
        "MRI L-spine; depending on activity level, ESI vs surgical consult.",
        "MRI L-spine; depending on level of pain, ESI vs surgical consult.",
        "MRI L-spine; depending on her schedule, ESI vs surgical consult.",
        "Continue HEP; depending on level, ESI vs surgical consult.",
        "Continue HEP. Depending on level, ESI vs surgical consult.",
        "Depending on level, ESI vs surgical consult.",
    ],
)
def test_no_study_or_another_dependence_is_no_mri_plan(text: str) -> None:
    assert _plan(text) != "met", text


def test_the_level_reads_the_clause_before() -> None:
    text = "Plan: MRI L-spine; depending on level, ESI vs surgical consult."
    snippet = "depending on level, ESI vs surgical consult."
    at = text.index(snippet)
    assert continued_statement(snippet, at, text) == f"Plan: MRI L-spine; {snippet}"
    text = "Plan: MRI L-spine; depending on level of pain, ESI vs surgical consult."
    snippet = "depending on level of pain, ESI vs surgical consult."
    assert continued_statement(snippet, text.index(snippet), text) == snippet


@pytest.mark.parametrize(
    "text",
    [
        "MRI lumbar, will tailor tx to MRI.",
        "MRI L-spine w/o; will tailor treatment to the MRI findings.",
        "Lumbar MRI ordered. Tx to be tailored to MRI results (ESI vs surgery).",
        "MRI LS - tailoring further management per imaging.",
        "MRI L-spine; plan will be tailored based on the MRI.",
    ],
)
def test_care_tailored_to_the_mri_is_the_mri_s_plan(text: str) -> None:
    assert _plan(text) == "met", text


@pytest.mark.parametrize(
    "text",
    [
        "MRI L-spine; will tailor HEP to tolerance.",
        "MRI L-spine ordered. Tailored exercise program, f/u 2 wks.",
        "MRI L-spine; tx tailored to pt goals.",
    ],
)
def test_care_tailored_to_anything_else_is_no_mri_plan(text: str) -> None:
    assert _plan(text) != "met", text
