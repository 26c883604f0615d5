"""Blind wave 13's communication-limit class: what a hearing or speech deficit keeps the patient
from doing, written tersely ('cant use phone', 'lost in mtgs >3 people', 'relies on
lipreading', 'avoiding church/social') is the functional limitation SLP-003 asks for
(AO/slp-04)."""

from __future__ import annotations

import pytest

from .test_judgement import _note, record, status


def _limit(text: str) -> str:
    bundle = record("92633", _note("n1", "2026-02-20", text), reason="H90.3")
    return status(bundle, "SLP-003")["status"]


@pytest.mark.parametrize(
    "limit",
    [
        "AR eval: CNC 28%. cant use phone.",
        "AR re-eval: CNC 46%. still lost in mtgs >3 people.",
        "Aural rehab: misses most of team mtgs at work.",
        "Aural rehab: relies on lipreading with her family.",
        "Aural rehab: avoiding church/social events since the implant.",
        "Aural rehab: gets lost in group conversations at dinner.",
        "Aural rehab: asks others to repeat constantly.",
        "Aural rehab: requires frequent repetition from coworkers.",
        "Aural rehab: trouble hearing grandchildren on the phone.",
    ],
)
def test_a_communication_limit_in_daily_life(limit: str) -> None:
    assert _limit(limit) == "met"


@pytest.mark.parametrize(
    "text",
    [
        # Goals and gains are no limitation; nor is one denied.
        "Goals: phone convo w/ known speaker 3 exchanges; follow group conversation at dinner.",
        "Re-eval: now follows 1:1 at work; no longer lost in meetings.",
        "Church choir on Sundays; team meetings weekly (payroll clerk).",
        "Hearing aids checked; hears well in quiet.",
    ],
)
def test_what_is_no_communication_limit(text: str) -> None:
    assert _limit(text) != "met"
