"""An inability told before the walker's failure is the limit, not a denial of the failure.

"Can no longer walk household distances - walker 10 ft then knees buckle" (blind wave 72,
JO/dme-wheelchair-02) lost the walker's failure to the "no" of "no longer": WHC-003 called
missing. "Can no longer", "no longer able to", "could no longer" say what the patient has lost;
the clause after them (a dash, comma or colon away) says how the walker fails (NCD 280.3). A
denial of the walker clause's own ("no falls with walker", "has not tried a walker") still denies.
"""

from __future__ import annotations

from datetime import date

import pytest

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _walker_fails(text: str) -> list[str]:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 5, 26))]
    return [
        f.text
        for f in find_findings(notes)
        if f.concept == "cane-walker-insufficient"
        and not (f.negated or f.family or f.hypothetical or f.speculative)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Can no longer get to the bathroom - rollator 15 ft then legs give way.",
        "Pt can no longer walk to the kitchen: with walker, falls after 20 ft.",
        "Could no longer manage the stairs, walker - falls x2 since March.",
        "can no longer amb household distances -- FWW 10 ft then knees buckle",
        "She can no longer walk in the house, walker 8 feet then knees give out.",
        "No longer able to walk to the bathroom - walker 5 ft then knees buckle, falls x3.",
        "CAN NO LONGER WALK HOUSEHOLD DISTANCES - WALKER 10 FT THEN KNEES BUCKLE",
        "Can no longer walk room to room - falls even with rollator.",
    ],
)
def test_the_walker_fails_after_the_limit(text: str) -> None:
    assert _walker_fails(text)


@pytest.mark.parametrize(
    "text",
    [
        "Can no longer walk household distances - no falls with walker.",
        "Can no longer walk household distances - denies falls with rollator.",
        "Can no longer walk household distances - has not tried a walker.",
        "Can no longer walk far; her mother falls with a walker.",
        "No falls with walker since PT.",
    ],
)
def test_a_walker_clause_denied_stays_denied(text: str) -> None:
    assert _walker_fails(text) == []
