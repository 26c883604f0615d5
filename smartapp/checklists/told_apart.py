"""How many events findings of a count are (``min_count``): one block's relief restated in a
summary is one block, two blocks numbered on one day are two. Split out of measures.py, which
reads the values; note_findings.py and unread_met.py count with it too.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from .finding_dates import finding_date

#: "Relief >= 80% with both blocks", "each MBB gave 90%", "two blocks, 85% relief": one
#: statement for every reading. So is a series of blocks summed up: "dual MBBs >80%
#: concordant", "MBB x2 concordant: 85% and 90%" (brief s71-g; series_relief.py reads them).
_BLOCKS = r"(?:blocks?|mbbs?|injections?)\b"
_EVERY = lazy_re.compile(
    rf"\b(?:both|each|two)\s+(?:\w+\s+){{0,2}}?{_BLOCKS}|\b{_BLOCKS}\s+(?:\w+\s+){{0,2}}?(?:both|each)\b"
    r"|\b(?:dual|double)\s+(?:\w+\s+){0,2}?(?:blocks|mbbs|medial\s+branch)\b"
    r"|\b(?:blocks?|mbbs?)\s*(?:x|×)\s*2\b",
    re.IGNORECASE,
)


#: A block's number in its series ("MBB #1", "second block", "MBB2"): two on one day are two
#: events.
_ORDINAL = lazy_re.compile(
    r"(?:#\s*|\bmbb)([1-9])\b|\b(first|second|third|1st|2nd|3rd)\b", re.IGNORECASE
)
_ORDINALS = {"1st": "first", "2nd": "second", "3rd": "third", "1": "first", "2": "second",
             "3": "third"}  # fmt: skip


def told_apart(found: list[Any], dates: dict[str, date | None]) -> int:
    """How many events the findings are, told apart by the day their statement gives, else
    their note's day: one block's relief restated in a summary, or the procedure's own note
    beside a visit note that dates it, is one block (blind wave 15, AY/inj-03). Findings of
    one day are as many as the different numbers they give ("MBB #1 85% ... MBB #2 90%")."""
    if any(_EVERY.search(f.snippet) for f in found):
        return 1_000
    by_day: dict[date | None, set[str]] = {}
    sole: dict[date | None, set[str]] = {}  # the block a day's unnumbered statements name
    for f in found:
        day = f.when or finding_date(f, dates)
        own: set[str] = set()
        spans = [m.span() for m in re.finditer(re.escape(f.text), f.snippet)] if f.text else []
        for start, end in spans:
            ordinal = _ORDINAL.match(f.snippet[end : end + 12].lstrip()) or _ordinal_before(
                f.snippet[max(0, start - _LEAD_CHARS) : start]
            )
            if ordinal:
                word = (ordinal.group(1) or ordinal.group(2)).lower()
                own.add(_ORDINALS.get(word, word))
        by_day.setdefault(day, set()).update(own)
        if not own:  # the one block its statement names, if any ("" for none)
            sole.setdefault(day, set()).update(_sole_block_number(f.snippet) or {""})
    # A block's number names one block whatever day tells it: "MBB #1 ... 85% relief" on the
    # block's day and "F/U: MBB #1 gave 85% relief" at the next visit are one block, not two
    # (wave 100, NU/inj-02: the second block cancelled, the first counted twice). A day whose
    # findings give no number of their own is one event, unless each of its statements names
    # one block already counted ("MBB #1 pain diary: ... 85% relief"): it merges, never adds.
    named = set().union(*by_day.values())
    unnumbered = [d for d, numbers in by_day.items() if not numbers]
    return len(named) + sum(1 for d in unnumbered if not sole.get(d) or not sole[d] <= named)


#: A block named with its number anywhere in the statement: "MBB #1", "block #2", "MBB2",
#: "second MBB", "1st medial branch block" (not a bare "first", which may be anything's, nor
#: "MBB 2 weeks ago").
_BLOCK_NUMBER = lazy_re.compile(
    r"\b(?:mbbs?|blocks?|medial\s+branch\s+blocks?)\s*(?:#\s*|no\.\s*|(?<=mbb))([1-9])\b"
    r"|\b(first|second|third|1st|2nd|3rd)\s+(?:diagnostic\s+)?(?:mbb|block|medial\s+branch)",
    re.IGNORECASE,
)

_HASH_NUMBER = lazy_re.compile(r"#\s*([1-9])\b")


def _sole_block_number(snippet: str) -> set[str]:
    """The one block number a statement names when a reading in it gives none of its own
    ("MBB #1 post-procedure pain diary: pre NRS 7, post 1, 85% relief"): that block's reading.
    A statement naming two blocks tells nothing of which one an unnumbered reading is."""
    words = {(m.group(1) or m.group(2)).lower() for m in _BLOCK_NUMBER.finditer(snippet)}
    if words:  # "MBB #1 and #2 gave 85%": the bare "#2" is the next block's
        words |= {m.group(1) for m in _HASH_NUMBER.finditer(snippet)}
    numbers = {_ORDINALS.get(w, w) for w in words}
    return numbers if len(numbers) == 1 else set()


#: How far before a reading its block's number may lead its clause ("MBB #1 (7/10): 90% relief").
_LEAD_CHARS = 30


def _ordinal_before(lead: str) -> re.Match[str] | None:
    """The block's number leading a reading's own clause: "MBB #1 90% relief x 6 h, #2 85% x 4 h"
    gives each percentage its block (blind wave 67, IT/ipn-03: the two read as one block's, one
    of the two readings IPN-008 asks for). Only after the last comma or semicolon before it."""
    clause = re.split(r"[,;]", lead)[-1]
    found = list(_ORDINAL.finditer(clause))
    return found[-1] if found else None
