"""Unsteadiness the examiner contrasts with an exam that found no objective deficit ("Feels
off-balance, subjective; no objective balance deficit") is felt, not a limitation a walker
resolves (blind wave 55). The contrast must be about the gait or balance: "no objective
findings of neuropathy" says nothing of the gait, and falls stay falls."""

from __future__ import annotations

import datetime as dt

import pytest

from smartapp.evidence.score_bands import balance_tested_well
from smartapp.notes import NoteInput, find_findings


def _limits(text: str) -> bool:
    found = find_findings([NoteInput("DocumentReference/n1", text, dt.date(2026, 1, 12))])
    return any(f.category == "functional-deficits" and f.asserted and not f.normal for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "Imp: unsteadiness when turning, subjective; no objective gait deficit.",
        "Reports imbalance; no objective balance deficits on exam.",
    ],
)
def test_unsteadiness_with_no_objective_deficit_is_no_limitation(text: str) -> None:
    assert not _limits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unsteady gait, wide-based; no objective findings of neuropathy.",
        "Unsteadiness with 3 falls at home; no objective weakness.",
        "Imp: unsteadiness when turning, subjective.",
    ],
)
def test_other_contrasts_leave_the_limitation(text: str) -> None:
    assert _limits(text)


def test_the_contrast_is_read_over_the_line() -> None:
    line = "Unsteadiness, subjective; no objective gait deficit."
    assert balance_tested_well("Unsteadiness, subjective", 0, 12, line)
    assert not balance_tested_well("Unsteadiness, subjective", 0, 12)
