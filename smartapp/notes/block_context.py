"""What makes a percentage or a pair of pain scores a diagnostic block's relief: the words around
it name a block, an injection or its anesthetic and no therapy session, and no score or reading
told as a percentage stands before it. Split out of relief.py, which reads relief written as pain
scores or percentages, for series_relief.py to read a series of blocks' relief by the same words.
"""

from __future__ import annotations

import re

from .. import lazy_re

#: Words that make pain scores a block's before and after; a block numbered in its name ("MBB2:
#: 85% x 5 hrs", "MBB#2") is one.
BLOCK_CONTEXT = lazy_re.compile(
    r"\b(?:blocks?|mbbs?|mbb\s?#?\d|medial branch|facet|injections?|inj|esis?|tfesis?|ilesis?|"
    r"lesis?|cesis?|"
    r"snrbs?|epidural|rfa|ablation|"
    r"neurotomy|diary|post[- ]?procedure|pre[- ]?procedure|lidocaine|bupivacaine|marcaine|"
    r"anesthetic)\b",
    re.IGNORECASE,
)
#: A walking distance ("walks 2 blocks", "half a block") names no nerve block.
_DISTANCE = lazy_re.compile(
    r"\b(?:\d+|one|two|three|four|five|few|several|a|half a)\s+(?:city\s+)?blocks?\b", re.I
)
#: Words that make pain scores a therapy session's, never a block's.
THERAPY_CONTEXT = lazy_re.compile(
    r"\b(?:physical therapy|physio\w*|therapy|exercises?|treatment|tx|sessions?|manipulation|"
    r"massage|"
    r"dry needling)\b|(?-i:\b(?:PT|TENS)\b)",
    re.IGNORECASE,
)
#: Scores and readings told as percentages: never a block's relief.
NOT_RELIEF = lazy_re.compile(
    r"\b(?:odi|ndi|oswestry|disability|spo2|sats?|saturation|a1c|ef|fev1|compliance|adherence|"
    r"usage|bmi|weight|body fat|fat)\b\W*(?:\w+\W*)?$",
    re.I,
)


def about_a_block(around: str) -> bool:
    """The words name a block, an injection or its anesthetic, and no therapy session."""
    around = _DISTANCE.sub(" ", around)
    return bool(BLOCK_CONTEXT.search(around)) and not THERAPY_CONTEXT.search(around)
