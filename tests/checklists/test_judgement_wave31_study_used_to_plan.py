"""A study to be used to choose the next treatment, found by blind wave 31 (DI/imaging-04): the
plan of a cervical MRI request read "Will use to plan C5-6 ESI vs spine surgery referral", which
is how the result will change management, yet the imaging plan item was called missing. A study
the note says it will use to plan, choose or decide what follows is decision-dependent; a use
already made, or a plan that uses something else, is not."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput

from .test_judgement import _note, record, status


def _concepts(text: str) -> set[str]:
    note = NoteInput("DocumentReference/n1", text, dt.date(2026, 2, 10))
    return {f.concept for f in find_findings([note])}


@pytest.mark.parametrize(
    "text",
    [
        "Plan: MRI cervical spine w/o contrast. Will use to plan C6-7 ESI vs surgical referral.",
        "P: CT abdomen. We would use the CT to choose drainage or antibiotics alone.",
    ],
)
def test_a_study_to_be_used_to_plan_what_follows_is_decision_dependent(text: str) -> None:
    assert "decision-dependent" in _concepts(text)


@pytest.mark.parametrize(
    "text",
    ["Used the MRI to confirm the diagnosis last year.", "Plan: MRI knee. Will use ice to treat."],
)
def test_a_use_made_or_of_something_else_is_not(text: str) -> None:
    assert "decision-dependent" not in _concepts(text)


def test_the_cervical_mri_plan_is_met() -> None:
    text = (
        "S: neck pain into the right thumb for 10 weeks despite PT. O: Spurling positive right. "
        "P: MRI C-spine w/o. Will use to plan C6-7 ESI vs surgical referral if foraminal stenosis."
    )
    bundle = record("72141", _note("n1", "2026-02-20", text), reason="M54.12")
    assert status(bundle, "AIM-004", as_of=dt.date(2026, 2, 25))["status"] == "met"
