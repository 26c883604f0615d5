"""Dates a statement of care says the care was *not* had on are none of its days.

"Meloxicam started 4/28 (had not filled in Jan)" names January only to say the drug was not
taken then: read as one of the statement's dates it made meloxicam run from 1 January to 4/28
(blind wave 86, LR/sps-02: a drug prescribed in January, never filled, begun in April). The
same for "didn't start PT in March", "never picked it up in Feb", "not taken 1/10-1/20".
A date the negation waits for is the care's start, kept: "not started until 4/28", "did not
fill it till May" (the care began then).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from .. import lazy_re
from ..notes.written_dates import find_dates

#: The words just before a date that say the care was not had at that time: a negation, a verb
#: of taking up the care, at most two words ("it", "the rx", "naproxen") and a preposition
#: between them and the date. Not "did not do well after PT 3/1-4/15" (no verb of taking the
#: care up, and more words between).
_NOT_HAD_BEFORE = lazy_re.compile(
    r"\b(?:had\s+not|hadn'?t|has\s+not|hasn'?t|did\s+not|didn'?t|was\s+not|wasn'?t|not|never)"
    r"\s+(?:yet\s+|been\s+|even\s+)?"
    r"(?:fill(?:ed)?|start(?:ed)?|beg[au]n|begin|take|taken|took|pick(?:ed)?\s+(?:it\s+)?up|"
    r"taking|tried|try|attend(?:ed)?|use[d]?)\b"
    r"(?:\s+[\w'-]+){0,2}?\s*(?:\b(?:in|on|during|over|at|by)\s*)?$",
    re.IGNORECASE,
)
#: A negation that waits for the date ("not started until 4/28": the care was had from then) or
#: runs from it ("not taking naproxen since 2/1": its stop, a day of the care).
_UNTIL = lazy_re.compile(r"\b(?:until|till|til|before|since|after|from|as\s+of)\b", re.IGNORECASE)


def not_had_dates(words: str, note_date: date | None) -> set[date]:
    """The dates in ``words`` that its own clause says the care was not had on."""
    out: set[date] = set()
    for found in find_dates(words, note_date):
        before = words[max(0, found.start - 60) : found.start]
        said = _NOT_HAD_BEFORE.search(before)
        if said and not _UNTIL.search(said.group(0)):
            out.add(found.when)
    return out


def had_dates(mentioned: list[date], words: str, note_date: date | None) -> list[date]:
    """``mentioned`` without the dates ``words`` say the care was not had on."""
    if not mentioned or not _NEGATION.search(words):  # no negation: nothing to look at
        return mentioned
    dropped = not_had_dates(words, note_date)
    return [d for d in mentioned if d not in dropped]


#: Any negation at all: most statements have none, and skip the dates' reading.
_NEGATION = lazy_re.compile(r"\b(?:not|never|\w+n't|hadnt|didnt|wasnt|hasnt)\b", re.IGNORECASE)


def not_had_months(
    found: Iterable[Any], dates: dict[str, date]
) -> dict[str, list[tuple[date, str]]]:
    """modality → (the month its care was not had in, the note saying so) for each statement
    of ``found`` that names a month or day before its note that its care was not had on."""
    out: dict[str, list[tuple[date, str]]] = {}
    for finding in found:
        note_date = dates.get(finding.note_ref)
        if note_date is None or not _NEGATION.search(finding.snippet or ""):
            continue
        for day in not_had_dates(finding.snippet, note_date):
            if day < note_date:
                out.setdefault(finding.concept, []).append((day.replace(day=1), finding.note_ref))
    return out


def said_not_had(piece: Any, note_ref: str, months: dict[str, list[tuple[date, str]]]) -> bool:
    """Whether ``piece``, a mention on its note's day alone (``note_ref``), is of care a later
    note says was not had that month: "Ref PT 2x/wk x 6 wks, meloxicam." on 1/20, then on 4/28
    "Meloxicam started 4/28 (had not filled in Jan)": the January meloxicam was only written,
    never taken, and no day of care to join to April's."""
    if piece.timed or piece.start != piece.end:
        return False
    return any(
        ref != note_ref and piece.start.replace(day=1) == month
        for month, ref in months.get(piece.modality, ())
    )
