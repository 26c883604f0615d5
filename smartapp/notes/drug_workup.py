"""A drug's field answered with the tests run before it is begun: "Azathioprine: TPMT normal
5/30", "MTX - baseline LFTs/CBC ok", "Plaquenil: baseline eye exam 2/2026" (blind wave 56,
HC/inf-02: azathioprine readied for and never started was read as a trial of it). The screen a
drug asks before its first dose (TPMT or NUDT15 for a thiopurine, TB and hepatitis B before an
immunosuppressant, G6PD, a baseline eye exam) says the drug was weighed, not taken. A line that
also tells the drug taken ("MTX: baseline LFTs ok, started 15 mg weekly 3/1") is a trial still.
"""

from __future__ import annotations

import re

from .. import lazy_re
from .lines import NoteLines

_WORKUP = lazy_re.compile(
    r"\s*(?:[:\u2013\u2014]|\s-)\s*(?:(?:baseline|pre-?(?:treatment|tx|start)|screening)\s+)?"
    r"(?:tpmt|thiopurine methyltransferase|nudt15|g6pd|qft|quantiferon|t-?spot|ppd|tb\b|"
    r"hbsag|hep(?:atitis)?\s*b|hbv|hep(?:atitis)?\s+panel|"
    r"labs?\b|lfts?\b|cbc\b|cmp\b|(?:eye|ophtho\w*|retinal)\s+exam)",
    re.IGNORECASE,
)
#: Words that tell the drug taken after all: a dose, a start, a course's time, its outcome.
_TAKEN = lazy_re.compile(
    r"\b(?:\d+(?:\.\d+)?\s*mg|started|starting on|begun|began|taking|took|on it|since|failed|"
    r"stopped|d/c'?d|discontinued|held|intoleran\w*|tried|trial|x\s*\d+|for\s+\d+|"
    r"no response|response|flared?|helped|refill\w*)\b",
    re.IGNORECASE,
)


def workup_only(label: str, text: str, end: int, offset: int, lines: NoteLines) -> bool:
    """The drug (``label``: medication-history|...) ending at ``end`` of a statement's ``text``
    (at ``offset`` in its note) is a field answered with its pre-start screen, and the rest of
    its sentence on the line tells no dose or course of it."""
    if not label.startswith("medication-history|") or not _WORKUP.match(text, end):
        return False
    at = offset + end
    rest = lines.line_at(at)[at - lines.line_start(at) :]
    sentence = re.split(r"\.(?:\s|$)", rest, maxsplit=1)[0]
    return not _TAKEN.search(sentence)
