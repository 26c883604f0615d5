"""A sleep study its own words call technically inadequate is no sleep test (``adequate: true``).

A home test that recorded too little, or a study the reader could not score, diagnoses nothing:
"HST done 3/2026 through employer wellness vendor only recorded 2.9 h - technically
inadequate. Will get in-lab PSG." is why the in-lab study was done, not the test the PAP device
rests on (AASM 2017: a technically inadequate home test is repeated, or followed by an attended
PSG). LCD L33718 asks for the in-person evaluation before the (qualifying) sleep test; dated by
the failed one, an evaluation between the two read as after the test (blind wave 100,
NS/cpap-02: a consult of 4/08 "after the sleep test of 2026-03-01").

Only the study the words are said of: the statement from the previous study named to the next
("PSG 5/11: AHI 9.6; prior HST technically inadequate" keeps the PSG and its AHI), within its
sentence. A result record (Observation, DiagnosticReport, Procedure) is judged by its own value,
conclusion and comments. "Inadequate response to the oral appliance", "adequate study" and a
test called negative are none of this: a negative test was still performed.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lazy_re

#: The study called unfit to read: "technically inadequate", "non-diagnostic", "inadequate
#: recording", "insufficient data", "invalid study", "uninterpretable", "failed study".
_INADEQUATE = lazy_re.compile(
    r"\btechnically\s+(?:inadequate|unsatisfactory|insufficient|invalid)\b"
    r"|\bnon-?\s?diagnostic\b|\bnot\s+diagnostic\b|\buninterpretable\b|\bnot\s+interpretable\b"
    r"|\b(?:inadequate|insufficient|invalid|failed|unsatisfactory)\s+(?:study|test|recording|"
    r"data|signal|sleep\s+time|monitoring\s+time|night)\b"
    r"|\b(?:study|test|recording)\s+(?:was\s+|is\s+)?(?:inadequate|invalid|insufficient|"
    r"unsatisfactory|uninterpretable|failed)\b",
    re.IGNORECASE,
)
#: A study named: what parts one study's words from another's in a statement.
_STUDY = lazy_re.compile(
    r"\b(?:psg|npsg|hst|hsat|polysomnogra\w*|home\s+sleep(?:\s+apnea)?\s+test\w*"
    r"|sleep\s+stud(?:y|ies)|split[- ]night|titration|watchpat)\b",
    re.IGNORECASE,
)
_SENTENCE_END = lazy_re.compile(r"\.(?:\s|$)|\n")


def inadequate_statement(text: str, start: int, end: int, reading: bool = False) -> bool:
    """Whether the study at [start, end) of ``text``, or the study a reading (``reading``: an
    AHI or REI) is of, is called technically inadequate in its own stretch of its sentence: the
    words from it to the next study named or the sentence's end, those right before it
    ("technically inadequate HST"), and for a reading its study's ("HST 3/2026 technically
    inadequate: REI 11")."""
    first = _sentence_start(text, start)
    stop = _SENTENCE_END.search(text, end)
    high = stop.start() if stop else len(text)
    following = _STUDY.search(text, end, high)
    low = start
    if reading:
        studies = list(_STUDY.finditer(text, first, start))
        low = studies[-1].start() if studies else first
    if _RIGHT_BEFORE.search(text, max(first, low - 40), low):
        return True
    return _INADEQUATE.search(text, low, following.start() if following else high) is not None


#: The words right before a study that call it unfit ("technically inadequate HST"), with no
#: break between.
_RIGHT_BEFORE = lazy_re.compile(
    r"(?:technically\s+(?:inadequate|unsatisfactory|insufficient|invalid)"
    r"|non-?\s?diagnostic|inadequate|invalid|failed|insufficient)"
    r"(?:\s+(?:home|prior|outside|vendor|initial))?\s+$",
    re.IGNORECASE,
)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts."""
    last = 0
    for stop in _SENTENCE_END.finditer(text, 0, position):
        last = stop.end()
    return last


def inadequate_record(raw: dict[str, Any]) -> bool:
    """Whether a result record's own value, conclusion or comments call it inadequate."""
    words = [raw.get("valueString"), raw.get("conclusion")]
    words += [(raw.get("valueCodeableConcept") or {}).get("text")]
    words += [n.get("text") for n in raw.get("note") or () if isinstance(n, dict)]
    words += [c.get("text") for c in raw.get("interpretation") or () if isinstance(c, dict)]
    return any(isinstance(w, str) and _INADEQUATE.search(w) for w in words)
