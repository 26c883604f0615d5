"""A clause with its own favourable result after a denied list item, found by blind wave 36
(EC/wheelchair-03): "Home: apartment w/ elevator, wide doors, no carpet, turning radius OK in
all rooms per pt." had its turning-radius finding denied by the "no" of "no carpet", so the home
accessibility item was missing. A "no" denies its own list item; a later clause that states its
own result ("OK", "adequate", "accessible") is a finding of its own. A clause that gives no
result of its own is still read as the denial reached it."""

from __future__ import annotations

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _home(text: str) -> list[bool]:
    found = find_findings([NoteInput("D/1", text)])
    return [f.negated for f in found if f.concept == "home-accessible"]


@pytest.mark.parametrize(
    "text",
    [
        "Home: condo, elevator, no rugs, turning radius adequate in kitchen and bath per wife.",
        "Home: ranch house, no thresholds, maneuvering space OK in all rooms.",
    ],
)
def test_an_own_result_after_a_denied_item_is_asserted(text: str) -> None:
    found = _home(text)
    assert found and not all(found), text


@pytest.mark.parametrize(
    "text",
    [
        "Home: not assessed, turning radius per pt.",
        "Home: no ramp, turning radius unclear.",
    ],
)
def test_a_clause_without_its_own_result_stays_denied(text: str) -> None:
    assert not any(negated is False for negated in _home(text)), text
