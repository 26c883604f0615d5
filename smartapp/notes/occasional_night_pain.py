"""Night pain written as only now and then, in a record that rates the function well.

The shoulder arthroplasty's functional item counts night pain (TSA-003): pain that keeps the
patient awake is a limit of sleep. "R shoulder ache x 2 yrs, night pain occasionally" in a note
that also says 'No problem w/ ADLs', "QuickDASH 11" and "Functional status: independent" is
none (blind wave 92, MO/surgery-shoulder-arthroplasty-03: read as the limitation, a false met).
Both must hold: the pain said to come only at times ("occasional", "sometimes", "rarely", "a few
nights a month"), and the same note rating the function well (no trouble with ADLs, independent,
a score in its band of little limitation). Night pain every night or most nights, or written
without a frequency, still counts; so does occasional night pain in a note of real limits, as
the deficit item then reads those limits anyway.
"""

from __future__ import annotations

import re

from .. import lazy_re
from ..evidence.score_bands import little_limitation_written
from .clauses import stop_bounded_clause

#: The target's label whose frequency is read.
NIGHT_PAIN = "functional-deficits|night-pain"

#: A frequency of now and then written just before the night pain ("occasional night pain",
#: "intermittent, mild night pain", "rare night pain"); a severity alone ("mild night pain") is
#: no frequency and is left as it was.
_SELDOM_BEFORE = lazy_re.compile(
    r"\b(?:occasional(?:ly)?|intermittent(?:ly)?|rare(?:ly)?|infrequent(?:ly)?|"
    r"sporadic(?:ally)?|sometimes)\s*,?\s*(?:(?:and\s+)?mild\s+)?$",
    re.IGNORECASE,
)
#: ... or just after it, in its own clause ("night pain occasionally", "night pain at times",
#: "night pain 1-2x/month", "night pain a few nights a month", "night pain rarely").
_SELDOM_AFTER = lazy_re.compile(
    r"^\s*(?:is\s+|only\s+)?(?:occasional(?:ly)?|intermittent(?:ly)?|rare(?:ly)?|"
    r"infrequent(?:ly)?|sporadic(?:ally)?|sometimes|at\s+times|now\s+and\s+then|"
    r"once\s+in\s+a\s+while|(?:a\s+)?(?:few|couple(?:\s+of)?)\s+(?:times|nights)\s+(?:a|per|/)\s*"
    r"month|(?:1|one)\s*(?:-|to)\s*(?:2|two)\s*(?:x|times|nights)\s*(?:a|per|/)\s*month|"
    r"(?:1|one)\s*(?:x|time)\s*(?:a|per|/)\s*(?:week|wk|month))\b",
    re.IGNORECASE,
)
#: Night pain that wakes the patient often is no matter of now and then, whatever word beside it.
_OFTEN = lazy_re.compile(
    r"\b(?:nightly|every\s+night|most\s+nights|each\s+night|all\s+night|wakes?|waking|awaken\w*)\b",
    re.IGNORECASE,
)
#: The note rating function well: no trouble with ADLs, independent, no functional limitation.
_FUNCTION_WELL = lazy_re.compile(
    r"\bno\s+(?:problems?|difficult(?:y|ies)|issues?|trouble|limitations?)\s+(?:w/|with|in|"
    r"performing|doing)\s+(?:(?:his|her|their|any)\s+)?(?:b?adls?|activities\s+of\s+daily\s+living)"
    r"|\b(?:b?adls?|functional\s+status|function)\s*[:=-]?\s*(?:are\s+|is\s+)?(?:fully\s+)?"
    r"(?:independent|indep\b|intact|wnl|unlimited|unrestricted)"
    r"|\bindependent\s+(?:w/|with|in)\s+(?:all\s+)?(?:b?adls?|activities\s+of\s+daily\s+living)"
    r"|\bno\s+functional\s+(?:limitations?|deficits?|impairment)",
    re.IGNORECASE,
)
#: A shoulder or upper-limb score and what follows it, to be judged against its band.
_SCORE = lazy_re.compile(r"\b(?:quick\s*-?\s*dash|dash|ases|spadi|constant)\b", re.IGNORECASE)


def _seldom(statement: str, start: int, end: int) -> bool:
    """Whether the night pain at [start, end) of ``statement`` is said to come only at times."""
    clause_start, clause_end = stop_bounded_clause(statement, start, end)
    if _OFTEN.search(statement, clause_start, clause_end):
        return False  # "occasional meds, night pain wakes him nightly": often, not at times
    return bool(
        _SELDOM_BEFORE.search(statement[clause_start:start])
        or _SELDOM_AFTER.match(statement[end:clause_end])
    )


def _function_rated_well(note_text: str) -> bool:
    """Whether the note rates the patient's function well (a phrase, or a score in its band)."""
    if _FUNCTION_WELL.search(note_text):
        return True
    return any(
        little_limitation_written(note_text[m.start() :]) for m in _SCORE.finditer(note_text)
    )


def only_occasional(statement: str, start: int, end: int, note_text: str) -> bool:
    """Whether the night pain at [start, end) of ``statement`` is occasional in a note that rates
    the function well: no functional deficit (module docstring)."""
    return _seldom(statement, start, end) and _function_rated_well(note_text)
