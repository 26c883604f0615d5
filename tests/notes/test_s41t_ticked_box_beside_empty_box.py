"""A ticked box on a line of boxes is stated, whatever its neighbour left empty.

Blind wave 45, FM/cardiac-03: "Cardiac Risk Factors: [x] HTN [ ] DM [x] Hyperlipidemia" lost its
ticked risk factors: the line's own label, left unfilled by the empty box, was read as the
narrative denying them. A denial elsewhere in the record still overrides the tick.
"""

from __future__ import annotations

from datetime import date

from smartapp.notes.findings import find_findings
from smartapp.notes.model import NoteInput


def _found(text: str, concept: str) -> list:
    notes = [NoteInput("DocumentReference/n1", text, date(2026, 3, 2))]
    return [f for f in find_findings(notes) if f.concept == concept]


def _stated(text: str, concept: str) -> list[str]:
    return [
        f.text
        for f in _found(text, concept)
        if not (f.negated or f.hypothetical or f.family or f.planned)
    ]


def test_ticked_risk_factor_beside_an_empty_box_is_stated() -> None:
    text = "Chest pain clinic.\nRisk factors: [X] hyperlipidemia [ ] diabetes [X] smoker\n"
    stated = _stated(text, "cardiac-risk")
    assert "hyperlipidemia" in stated and "smoker" in stated


def test_ticked_risk_factor_the_narrative_denies_is_still_denied() -> None:
    text = "Risk factors: [X] smoker [ ] diabetes\nSocial: never smoker, no tobacco.\n"
    assert "smoker" not in _stated(text, "cardiac-risk")
