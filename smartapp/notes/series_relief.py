"""Relief told for a series of blocks at once: "MBB x2 concordant: 85% and 90%", "MBB #1 80%,
#2 75% relief", "dual MBBs >80% concordant".

An ablation asks for two diagnostic blocks, each with at least 80% relief (LCD L38773; IPN-008),
and a note often sums the two up in one sentence. The relief target reads one percentage beside
its word ("75% relief"), and relief.py a percentage held for a time, so a summary's other
percentages, or one told with "concordant" and no relief word, gave no reading (noticed at stop
70, brief s71-g). In a sentence about a block (block_context.py), a percentage is a block's
relief when:

- a block's number leads it in its clause: "#1 80%", "MBB1: 90%", "first 90%, second 85%";
- it is one of a list of percentages: "85% and 90%", "90%/85%", "85%, 90%";
- the sentence names a series of blocks ("MBB x2", "dual MBBs", "two blocks", "both MBBs"):
  "dual MBBs >80% concordant".

A bound is read as its number ("> 80%" as 80, "<50%" just under 50). Not a score told as a
percentage ("ODI 40%/38%"), an anesthetic's strength ("0.25% bupivacaine", "2% lido"), nor a
sentence about therapy (block_context.about_a_block).
"""

from __future__ import annotations

import re
from itertools import pairwise

from .. import lazy_re
from .block_context import NOT_RELIEF, about_a_block
from .spelled_percent import BOUND, NUMBER, PER_CENT, RANGE_FROM, as_number, relief_percent

#: A percentage, a bound or a range's lower end before it allowed ("80-90%" is one reading, at
#: 80: relief_percent); not an anesthetic's or a solution's strength.
_PERCENT = lazy_re.compile(
    r"(?<![\d.])(?P<bound>(?:~|" + BOUND + r")\s*)?"
    + RANGE_FROM
    + NUMBER
    + PER_CENT
    + r"(?!\s*(?:lidocaine|lido|xylocaine|bupivacaine|bupi|marcaine|sensorcaine|ropivacaine|"
    r"naropin|mepivacaine|carbocaine|chlorhexidine|betadine|dextrose|saline)\b)",
    re.IGNORECASE,
)
#: A block's number leading the percentage in its clause: "#1 80%", "MBB #2: 75%", "MBB1 (lido)
#: 90%", "second block 85%".
_NUMBER_LEADS = lazy_re.compile(
    r"(?:#\s*[1-4]|\bmbb\s?#?\s*[1-4]|\b(?:first|second|third|1st|2nd|3rd)"
    r"(?:\s+(?:block|mbb|one|injection|inj))?)\s*(?:\([^()\n]{0,30}\)\s*)?[:=\-\u2013]?\s*$",
    re.IGNORECASE,
)
#: Percentages listed together: "85% and 90%", "90%/85%", "85%, 90%".
_JOINED = lazy_re.compile(r"^\s*(?:and|&|/|,|\+|then)\s*$", re.IGNORECASE)
#: A series of blocks named: "MBB x2", "MBBs x 2", "dual MBBs", "two blocks", "both MBBs".
_SERIES = lazy_re.compile(
    r"\b(?:dual|double|two|both|2)\s+(?:\w+\s+){0,2}?(?:mbbs|blocks|medial\s+branch)\b"
    r"|\b(?:mbbs?|blocks?)\s*(?:x|×)\s*2\b",
    re.IGNORECASE,
)
#: A sentence: up to a full stop that is no decimal point, "!", "?" or a line's end; a semicolon
#: does not end it ("MBB #1 90%; #2 85%").
_SENTENCE = lazy_re.compile(r"[^\n]*?(?:(?<!\d)\.(?!\d)|[!?]|\n|$)")


def series_spans(text: str, title: str = "") -> list[tuple[int, int, float]]:
    """``(start, end, percent)`` for each block's relief a series' summary gives (module doc)."""
    out: list[tuple[int, int, float]] = []
    at = 0
    while at < len(text):
        sentence = _SENTENCE.match(text, at)
        end = sentence.end() if sentence and sentence.end() > at else len(text)
        out += _in_sentence(text, at, end, title)
        at = end
    return out


def _in_sentence(text: str, low: int, high: int, title: str) -> list[tuple[int, int, float]]:
    """The readings of the sentence ``text[low:high]``."""
    sentence = text[low:high]
    if "%" not in sentence and "per" not in sentence.lower():
        return []
    if not about_a_block(f"{title} {sentence}"):
        return []
    found = [
        m for m in _PERCENT.finditer(text, low, high)
        if not NOT_RELIEF.search(text[max(low, m.start() - 20) : m.start()])
    ]  # fmt: skip
    series = bool(_SERIES.search(sentence))
    pairs = list(pairwise(found))
    joined = {id(m) for a, b in pairs if _JOINED.match(text[a.end() : b.start()]) for m in (a, b)}
    out = []
    for match in found:
        before = text[max(low, match.start() - 40) : match.start()]
        value = _value(match)
        if value <= 100 and (series or id(match) in joined or _NUMBER_LEADS.search(before)):
            out.append((match.start(), match.end(), value))
    return out


def _value(match: re.Match[str]) -> float:
    """The percentage's number, a bound below read just under it ("<50%": 49), a range at its
    lower end ("80-90%": 80)."""
    return relief_percent(as_number(match.group(2)), match.string[match.start() : match.start(2)])
