"""A bracketed osteonecrosis stage is not denied by the "no" of the finding before it.

"no collapse (ARCO 2)" denies the collapse; the stage in brackets says the AVN is there (blind
wave 40). A stage 0, or a stage outside brackets after the denial, is left as it was.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _avn(text: str) -> list[bool]:
    found = find_findings([NoteInput("R/1", text, date(2026, 6, 1))])
    return [f.asserted for f in found if f.concept == "avn-findings"]


@pytest.mark.parametrize(
    "text",
    [
        "Right femoral head: patchy sclerosis, no collapse (ARCO 2).",
        "Left hip film: subchondral cysts without collapse (Steinberg stage II).",
    ],
)
def test_the_stage_in_brackets_is_asserted(text: str) -> None:
    assert any(_avn(text))


@pytest.mark.parametrize("text", ["No AVN (Ficat 0).", "No AVN, Ficat 0."])
def test_a_stage_zero_stays_denied(text: str) -> None:
    assert not any(_avn(text))
