"""An osteonecrosis stage set off by a comma or a dash after a denial grades the disease: "No
collapse, Ficat II." denies the collapse, not the AVN stage II says is there (avn_stages.py), as
the bracketed "no collapse (Ficat II)" does. A stage joined to the denial by "or", and stage 0,
stay denied."""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _stages(text: str) -> dict[str, bool]:
    found = find_findings([NoteInput("R/1", text, date(2026, 6, 1))])
    return {f.text: f.asserted for f in found if f.concept == "avn-findings"}


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("L femoral head: sclerosis, no subchondral fracture, Steinberg II.", "Steinberg II"),
        ("MRI R hip: no collapse - ARCO 3A.", "ARCO 3A"),
        ("No crescent sign, Ficat stage I.", "Ficat stage I"),
    ],
)
def test_a_stage_set_off_after_a_denial_is_asserted(text: str, stage: str) -> None:
    assert _stages(text)[stage]


@pytest.mark.parametrize(
    ("text", "stage"),
    [
        ("No subchondral fracture or Steinberg III change.", "Steinberg III"),
        ("No osteonecrosis, ARCO 0.", "ARCO 0"),
    ],
)
def test_a_stage_joined_by_or_or_stage_zero_stays_denied(text: str, stage: str) -> None:
    assert not _stages(text)[stage]
