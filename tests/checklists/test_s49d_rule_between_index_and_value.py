"""The PAP item reads an index whose scoring rule stands in brackets before its value (s49-d).

A study whose only figure is "AHI (AASM 3% rule): 11.2" left CPAP-002 without an index; one
reporting "AHI (4% desaturation rule) 3.1/h; RDI (3% desaturation rule) 11/h" must still set the
3%-rule RDI aside for the 4%-rule AHI (LCD L33718), now that both values are read.
"""

from __future__ import annotations

from .test_judgement import _note
from .test_judgement_wave20_hypopnea_rule import _cpap, _study

_VISIT = _note("v", "2026-01-05", "51F loud snoring, daytime sleepiness, ESS 13. HTN.")


def test_a_lone_index_with_its_rule_in_brackets_qualifies():
    assert _cpap(_study("Type III HSAT. REI (AASM 3% rule): 10.4/h."), _VISIT) == "met"
    assert _cpap(_study("PSG 1/18: RDI [3% criteria] 13 events/h."), _VISIT) == "met"
    assert _cpap(_study("HSAT: REI (4% desaturation rule) 16.2/h, nadir 82%.")) == "met"


def test_a_bracketed_three_percent_index_is_set_aside_for_a_four_percent_one():
    both = "AHI (4% desaturation rule) 3.4/h; RDI (3% desaturation rule) 12/h. Nadir 85%."
    assert _cpap(_study(both), _VISIT) == "partial"
    assert _cpap(_study("AHI (4% desaturation rule) 3.4/h. Nadir 85%."), _VISIT) == "partial"
