"""A relief set as the goal of a block to come is no block's relief (brief s85-switch).

"Plan MBB #1 next week; goal 80% relief" was read as a block-relief of 80%: the percentage the
planner hopes for, written before any block was done, met IPN-008's "at least 80% relief" of a
diagnostic medial branch block as a result would. So would "Target relief >= 80%", "hoping for
80% relief", "goal of at least 50% relief", "expected relief 80%" or "need >=80% relief with
each MBB to proceed to RFA": a goal, target, expectation or threshold of a relief is what the
block should give, not what one gave (the LCD's facet criteria, L38803, ask for the relief the
block *provided*). "Expect 80% relief" was already hypothetical (context.yaml); the goal words
were not.

The goal word governs the relief when it stands before it in its clause with nothing between
but its number, a bound and a few linking words: "MBB #1 5/1 - goal 80% relief, achieved 90%
relief" reads the 90% (the "achieved" is no link), and "goal met: 85% relief", "s/p MBB with
80% relief; goal met" keep their relief.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re
from .clause_spans import clause_start

#: The concept of a block's relief.
_RELIEF = "block-relief"
#: Where the clause holding the relief begins: a semicolon, a line, a bracket, a sentence's end.
_CLAUSE_BREAK = lazy_re.compile(r"[;\n(]|\.(?=\s)")
#: The goal word, then only its links to the relief: "goal 80% ", "Target relief >= ", "hoping
#: for at least 80% ", "goal of >50% pain ".
_AIMED = lazy_re.compile(
    r"\b(?:goals?|targets?|targeted|aim(?:s|ed|ing)?(?:\s+for)?|hop(?:e|es|ed|ing)(?:\s+for)?|"
    r"expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|looking\s+for|desired|hoped[- ]for|"
    r"need(?:s|ed)?|requir(?:e|es|ed|ing)|must\s+(?:have|get|achieve|show)|thresholds?|"
    r"criteri(?:a|on)|to\s+qualify(?:\s+for\s+rfa)?)"
    r"(?:[\s:=\-~<>≥≤+%]|\d+(?:\.\d+)?(?![\d.])|\b(?:is|of|for|at|least|a|an|the|relief|pain|percent|"
    r"reduction|improvement|about|approx|approximately|minimum|min|or|more|greater|than|over|"
    r"above|with|each|block|blocks|mbb|mbbs|after|from)\b)*$",
    re.IGNORECASE,
)


def relief_aimed(text: str, start: int) -> bool:
    """Whether the relief found at ``text[start]`` (its word, or the scores that give it) is set
    as a goal by the words before it in its clause."""
    return bool(_AIMED.search(text[clause_start(text, start, _CLAUSE_BREAK) : start]))


def without_relief_goals(text: str, findings: list[Any]) -> list[Any]:
    """``findings`` without the block reliefs the note sets as a goal (:func:`relief_aimed`)."""
    return [f for f in findings if f.concept != _RELIEF or not relief_aimed(text, f.start)]
