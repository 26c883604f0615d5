"""A ticked box on a line of boxes is stated, whatever its neighbour left empty.

Blind wave 45, FM/cardiac-03: "Cardiac Risk Factors: [x] HTN [ ] DM [x] Hyperlipidemia" lost its
ticked risk factors: the line's own label, left unfilled by the empty box, was read as the
narrative denying them. A denial elsewhere in the record still overrides the tick.
"""

from __future__ import annotations

from stated_findings import stated as _stated


def test_ticked_risk_factor_beside_an_empty_box_is_stated() -> None:
    text = "Chest pain clinic.\nRisk factors: [X] hyperlipidemia [ ] diabetes [X] smoker\n"
    stated = _stated(text, "cardiac-risk")
    assert "hyperlipidemia" in stated and "smoker" in stated


def test_ticked_risk_factor_the_narrative_denies_is_still_denied() -> None:
    text = "Risk factors: [X] smoker [ ] diabetes\nSocial: never smoker, no tobacco.\n"
    assert "smoker" not in _stated(text, "cardiac-risk")
