"""The ADL and hand-function measures occupational therapy reports are functional measures
(blind wave 44, FK/pt-ot-chiro-03: an OT re-evaluation's Barthel Index and Box and Block scores
went unread because PT-003 knew only the LEFS/Oswestry/DASH family). Barthel and FIM are judged
by their bands (score_bands.yaml): a near-independent score is no deficit to treat."""

from __future__ import annotations

from smartapp.evidence.score_bands import little_limitation_written

from .test_judgement import _note, record, status


def _ot(text: str) -> dict:
    return record("97530", _note("n1", "2026-02-18", text), reason="I69.351")


def test_barthel_fim_and_box_and_block_are_functional_measures():
    barthel = "OT progress note. L CVA. Barthel Index 50 (eval) -> 70 today; dressing min A."
    assert status(_ot(barthel), "PT-003")["status"] == "met"
    fim = "Rehab OT: FIM total 74/126, needs mod A for toileting and LB dressing."
    assert status(_ot(fim), "PT-003")["status"] == "met"
    hand = "OT visit. R hand: Box & Block 14 blocks/min (L 52). Cannot button shirt."
    assert status(_ot(hand), "PT-003")["status"] == "met"


def test_a_near_independent_barthel_or_fim_is_no_deficit():
    assert little_limitation_written("Barthel Index 95")
    assert little_limitation_written("FIM 115/126")
    assert not little_limitation_written("Barthel 60")
    assert not little_limitation_written("FIM total 74")
    assert not little_limitation_written("Barthel 15/20")  # the 0-20 form: not judged
    good = "OT discharge visit. Barthel Index 100, independent in all ADLs at home."
    assert status(_ot(good), "PT-003")["status"] == "missing"
