"""A plan clause with no subject of its own, after a semicolon, is said of the clause before it
(blind wave 37, EH/lmri-02): "MRI lumbar spine to look for a disc; will determine need for PT
vs injection" makes the MRI's result decide between therapy and injection (LMRI-007), though
the note reader splits the sentence at the semicolon and the second statement names no study.
A subjectless clause after a clause naming no study, a clause with its own subject, and one
after a full stop stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.checklists.elided_subject import continued_statement

from .test_judgement import _note, record, status

_ORDER = {"authoredOn": "2026-05-20", "occurrenceDateTime": "2026-06-01"}
_FIRST = _note(
    "n1", "2026-03-30",
    "S: low back pain x 2 wk after lifting. O: paraspinal tenderness. P: naproxen, home exercises.",
)  # fmt: skip


def _lmri007(plan: str) -> str:
    second = f"S: back pain persists at 8 wks, no radiation.\nA/P: Mechanical LBP. {plan}"
    bundle = record("72148", _FIRST, _note("n2", "2026-05-20", second), order=_ORDER)
    return status(bundle, "LMRI-007", as_of=date(2026, 5, 21))["status"]


@pytest.mark.parametrize(
    "plan",
    [
        "MRI lumbar spine to look for a disc; will determine need for PT vs injection.",
        "Order lumbar MRI; this will determine whether she goes to therapy or injection.",
        "Lumbar MRI ordered; will decide on injection vs surgical referral.",
    ],
)
def test_a_subjectless_clause_continues_the_study_before_it(plan: str) -> None:
    assert _lmri007(plan) == "met"


@pytest.mark.parametrize(
    "plan",
    [
        "Continue home exercises; will determine need for PT vs injection.",
        "Lumbar MRI ordered. Will determine need for PT vs injection.",  # another sentence
    ],
)
def test_without_a_study_in_the_clause_continued_nothing_is_added(plan: str) -> None:
    assert _lmri007(plan) != "met"


def test_a_clause_with_its_own_subject_stands_alone() -> None:
    text = "MRI ordered; patient will determine her own schedule."
    snippet = "patient will determine her own schedule."
    assert continued_statement(snippet, text.index("determine"), text) == snippet
    text = "MRI ordered; will determine need for injection."
    snippet = "will determine need for injection."
    assert continued_statement(snippet, text.index("determine"), text) == f"MRI ordered; {snippet}"
