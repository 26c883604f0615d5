"""Care a note says is *still* on runs back to the same care an earlier note had in use
(still_on.py): "Still doing HEP and meloxicam" after "Cont meloxicam, HEP" months before is one
course, not two single days; "continues" or "currently" say nothing of since when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from smartapp.checklists.care_piece import Piece
from smartapp.checklists.still_on import said_still, still_since


@pytest.mark.parametrize(
    ("text", "care", "still"),
    [
        ("Knee worse. Still doing HEP and meloxicam.", "meloxicam", True),
        ("Knee worse. Still doing HEP and meloxicam.", "HEP", True),
        ("She is still taking diclofenac.", "diclofenac", True),
        ("Currently taking diclofenac.", "diclofenac", False),
        ("Still has pain. Continues diclofenac.", "diclofenac", False),
        ("Still painful despite diclofenac.", "diclofenac", False),
    ],
)
def test_said_still(text: str, care: str, still: bool) -> None:
    assert said_still(text, text.index(care)) is still


@dataclass(frozen=True)
class _Finding:
    note_ref: str
    start: int


_DATES = {"n1": date(2025, 3, 10), "n2": date(2026, 5, 20)}
_TEXTS = {"n1": "Cont meloxicam, HEP.", "n2": "Still on meloxicam."}


def _piece(day: date, modality: str = "nsaid", *, stopped: bool = False) -> Piece:
    return Piece(day, day, modality, {}, False, stopped=stopped)


def _run(earlier: Piece) -> Piece:
    entries = [
        (_Finding("n1", 5), earlier, False),
        (_Finding("n2", 9), _piece(_DATES["n2"]), True),
    ]
    return still_since(entries, _TEXTS, _DATES)[1][1]


def test_still_on_runs_back_to_the_earlier_note() -> None:
    assert _run(_piece(_DATES["n1"])).start == _DATES["n1"]


def test_not_back_across_a_stop_or_to_other_care() -> None:
    assert _run(_piece(_DATES["n1"], stopped=True)).start == _DATES["n2"]
    assert _run(_piece(_DATES["n1"], "home-exercise")).start == _DATES["n2"]
