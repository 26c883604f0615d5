"""Readings under a caption that gives them another visit's time: "Previous visit 06/2024
vitals:" over a table of weight, height and BMI, "Vitals from last visit:" over "BMI: 37.2".

An HTML note puts each reading on a line of its own (a table row "BMI | 37.2 |", a "<br>"-split
"BMI:<br>37.2"), so the reading's own line says nothing of when it was taken: its caption above
does. A caption counts when it ends with a colon, stands over the reading with nothing but other
short reading lines (table rows, "label: value" lines, bare values) and blank lines between, and
names another time: a word like "previous", "prior" or "last", or a date before the note's day.
"Vitals:" or "Today's vitals:" captions the visit's own readings and changes nothing (blind wave
85, LN/bariatric-03's near misses).
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .written_dates import find_dates

#: A line that is itself a reading: a table row, or a short line with a number or a bare label
#: ("BMI", "Weight:", "105 kg", "Ht: 168 cm").
_ROW = lazy_re.compile(r"[^\n]*\|[^\n]*\|[^\n]*|(?:[^\n.;]|(?<=\d)\.(?=\d)){0,40}")
#: A caption introducing the lines under it.
_CAPTION = lazy_re.compile(r"[^\n]{3,100}:[ \t]*")
#: A caption's words for another time than the visit's.
_OTHER_TIME = lazy_re.compile(
    r"\b(?:previous|prior|last|earlier|old|past|former|baseline|intake|initial|pre-?program)\b",
    re.IGNORECASE,
)
#: How many lines a caption may stand above its reading.
_REACH = 12


def _caption(text: str, start: int) -> str | None:
    """The caption line over the reading line at ``start``, or None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if not _ROW.fullmatch(text[line_start : len(text) if line_end < 0 else line_end].strip()):
        return None  # a sentence dates its own readings (body_size, finding_dates)
    at, seen = line_start, 0
    while at > 0 and seen < _REACH:
        begin = text.rfind("\n", 0, at - 1) + 1
        line = text[begin : at - 1]
        seen += 1
        at = begin
        if not line.strip():
            continue
        if _CAPTION.fullmatch(line):
            return line
        if not _ROW.fullmatch(line.strip()):
            return None
    return None


def captioned_earlier(text: str, start: int, note_date: dt.date | None) -> bool:
    """Whether the reading at ``start`` stands under a caption giving it another, earlier time
    (see the module docstring)."""
    caption = _caption(text, start)
    if caption is None:
        return False
    if _OTHER_TIME.search(caption):
        return True
    return note_date is not None and any(m.when < note_date for m in find_dates(caption, note_date))
