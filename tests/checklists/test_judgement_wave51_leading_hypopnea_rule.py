"""A scoring rule that leads its index's clause ("Using 3% rule, RDI 9") is that index's rule
(blind wave 51, GK/cpap-03).

A home test reported its REI by the 4% rule (below 5) and then, after a comma, the index scored
by the 3% rule. The rule stood before the index with a comma between, which the reader of a rule
written just before an index did not take, so the 3%-rule figure met the PAP item's "5-14 with
symptoms". CMS scores a hypopnea with a 4% desaturation (LCD L33718); the 3%-rule figure beside
a 4%-rule one is not the qualifying index. The lead word ("using", "by", "per") is needed: a
rule closing the previous index's clause ("AHI 4.6 (4% rule), RDI 9") is not the next one's."""

from __future__ import annotations

from smartapp.notes.measure_values import hypopnea_rule

from .test_judgement import _note
from .test_judgement_wave20_hypopnea_rule import _cpap, _study


def _rule(text: str, name: str) -> int | None:
    at = text.index(name)
    return hypopnea_rule(text, at, at + len(name))


def test_a_rule_leading_the_clause_is_the_index_rule():
    assert _rule("Events 41. By the 3% desaturation rule, AHI 12.", "AHI") == 3
    assert _rule("Scoring: per AASM 3% criteria, pRDI 13.5/h.", "pRDI") == 3
    assert _rule("Using 4% rule, AHI 7.7/h.", "AHI") == 4


def test_a_rule_closing_the_previous_clause_is_not_the_next_index_rule():
    assert _rule("AHI 3.9 (4% rule), RDI 12.", "RDI") is None
    assert _rule("AHI 3.9 by 4% rule, RDI 12.", "RDI") is None


def test_a_leading_three_percent_index_beside_a_four_percent_one_does_not_qualify():
    study = _study("Recording 6.4 h. AHI 3.9/h (4% rule). By the 3% rule, RDI 12.")
    visit = _note("v", "2026-01-05", "44M loud snoring, daytime sleepiness, ESS 14. HTN.")
    assert _cpap(study, visit) == "partial"
    # The same figure with no rule named is read as written.
    assert _cpap(_study("Recording 6.4 h. AHI 3.9/h (4% rule). RDI 12."), visit) == "met"
