"""A time written in a sentence of its own that points back at the sentence before it: "Started
PT for the low back. That was 7 weeks ago.", "Knee pain. Began about 5 months back." A rushed
note splits one fact in two; cut apart, the care or the symptom had no time and the time had
nothing to time, so a six-week trial (LMRI-003) or a symptom's months (LMRI-002, IPN-005) went
unread that "Started PT for the low back 7 weeks ago" gives.

The bare sentence joins the one before only when that one names a symptom or care (or says
something began) and gives no date or duration of its own, on the same line and in the same
section: a sentence that already has its time keeps it, and the time then points at nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .cues import TREATMENT_CLAUSE
from .durations import WORDS, find_dates, find_durations
from .segments import Segment
from .symptom_durations import SYMPTOM_WORDS

_NUMBER = r"(?:\d{1,3}(?:\.\d+)?|" + "|".join(sorted(WORDS, key=len, reverse=True)) + ")"
#: The whole sentence is the time: an optional pronoun or "symptoms", a verb of being or of
#: beginning, the time and "ago"/"back"/"prior". Anything more is a statement of its own.
_POINTS_BACK = lazy_re.compile(
    r"(?:(?:that|this|it|which|they|these|those|all\s+(?:that|this)|symptoms?|sx)\s+)?"
    r"(?:was|were|(?:first\s+)?(?:started|starting|began|begun|came\s+on|kicked\s+in))\s+"
    r"(?:(?:about|approximately|approx\.?|around|roughly|nearly|almost|over|more\s+than|~)\s*)?"
    rf"{_NUMBER}[\s-]*(?:days?|weeks?|wks?|months?|mos?|years?|yrs?)\s+(?:ago|back|prior)"
    r"\s*[.!]?",
    re.IGNORECASE,
)
#: The sentence before says something began or was tried, whatever it names.
_BEGUN = lazy_re.compile(
    r"\b(?:started|starting|began|begun|tried|initiated|prescribed|(?:put|placed)\s+on)\b",
    re.IGNORECASE,
)


def points_back(sentence: str) -> bool:
    """Whether ``sentence`` is only a time ago, pointing back at the sentence before it."""
    return bool(_POINTS_BACK.fullmatch(sentence.strip()))


def _joins(text: str, before: Segment, seg: Segment, note_date: dt.date | None) -> bool:
    gap = text[before.end : seg.start]
    if before.section != seg.section or gap.strip(" ") or not gap:
        return False  # another line, or no space between: a field, a list, a table's cell
    if not points_back(seg.text) or not before.text.rstrip().endswith("."):
        return False
    if find_dates(before.text, note_date) or find_durations(before.text, note_date):
        return False  # its own time: the bare time points at nothing it can give
    return bool(
        SYMPTOM_WORDS.search(before.text)
        or TREATMENT_CLAUSE.search(before.text)
        or _BEGUN.search(before.text)
    )


def join_times_told_after(
    text: str, segments: list[Segment], note_date: dt.date | None
) -> list[Segment]:
    """``segments`` with each bare time sentence joined to the sentence it points back at."""
    out: list[Segment] = []
    for seg in segments:
        if out and _joins(text, out[-1], seg, note_date):
            before = out[-1]
            joined = before.text + " " * (seg.start - before.end) + seg.text
            out[-1] = Segment(before.start, seg.end, joined, before.section)
        else:
            out.append(seg)
    return out
