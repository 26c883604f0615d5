"""A result dated by how long before its note it was had: "QuantiFERON negative 14 months ago",
"MRI L-spine about 6 months ago showed L4-5 HNP", "PPD neg (placed ~2 yrs ago)", "a year ago
the QFT was negative".

A result with no date of its own is the note's (finding_dates.nearest_date), so a QuantiFERON of
14 months ago met a 12-month window as if drawn at the visit (lead's class at stop 47, s65-f: a
false met as well as a false alarm when the window is short). The time is read in the result's
own clause only: "back pain began 14 months ago, MRI shows HNP" dates the pain, not the MRI.
Measures read their own "~18 months ago" (measure_values.said_ago); care has its own past times
(checklists/past_times.py).
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re
from .calendar_days import months_on
from .clause_spans import clause_around, clause_end
from .durations import _NUMBER, _UNIT, _number
from .past_spans import past_span_start

#: "14 months ago", "about 6 mos ago", "~2 yrs ago", "a year ago", "three weeks ago", "10 days
#: ago", in durations.py's numbers and units. Not "since 14 months ago" (the start of something
#: running on is no result's day).
_AGO = lazy_re.compile(rf"(?<!since )\b{_NUMBER}[\s-]*{_UNIT}\.?\s+ago\b", re.IGNORECASE)
#: A study named with its time ago heading the results that follow it, up to a colon or dash.
_HEADING_AGO = lazy_re.compile(
    r"\b(?:xr|x-?rays?|radiographs?|films?|mri|ct|imaging|ultrasound|emg|ncs|dexa|labs?|"
    r"quantiferon|qft|ppd|igra|t-spot|(?:sleep\s+)?study)\b[^:;.\n]{0,40}?"
    + _AGO.pattern + r"\s*(?::|\s[-\u2013]\s)[^:;\n]*$",
    re.IGNORECASE,
)
_NOW = lazy_re.compile(r"\b(?:today|this visit|now|current\w*|repeat\w*|new)\b", re.IGNORECASE)
#: A clause after the result that opens by telling when it was had.
_DONE_CLAUSE = lazy_re.compile(
    r"\s*(?:(?:was|were)\s+)?(?:done|drawn|placed|read|obtained|performed|taken|checked|"
    r"collected|completed)\b",
    re.IGNORECASE,
)
#: What ends a result's own clause: "Tdap 2 yrs ago, QFT neg" gives the QFT no time.
_CLAUSE_END = lazy_re.compile(r"[,;\n]|\.(?!\d)|\s[-\u2013]\s")


def result_ago(text: str, start: int, end: int, note_date: dt.date | None) -> dt.date | None:
    """The day a result at [start, end) of ``text`` was had, by the time before ``note_date``
    its own clause gives ("QFT negative 14 months ago"), or None when it gives none."""
    if note_date is None:
        return None
    low, stop = clause_around(text, start, end, _CLAUSE_END)
    found = list(_AGO.finditer(text, low, stop))
    ended = _CLAUSE_END.match(text, stop)  # the break that ends the clause, if any
    if not found and ended and _DONE_CLAUSE.match(text, ended.end()):
        # "QFT negative, done 2 years ago": the next clause tells when it was had.
        found = list(_AGO.finditer(text, ended.end(), clause_end(text, ended.end(), _CLAUSE_END)))
    if not found:
        # "XR R knee 14 months ago: ... bone-on-bone": the study heading the findings has it.
        found = list(_HEADING_AGO.finditer(text, 0, start))[-1:]
        if found and _NOW.search(text, found[0].end(), start):
            return None  # "Films 2 yrs ago: KL2; today KL4": the heading's time is not this
    if not found:
        # "QFT from last year neg": the first day of the year or season named (past_spans)
        return past_span_start(text, low, stop, note_date)
    if len(found) != 1:
        return None  # two times the clause does not tell apart
    number, unit = found[0].group(1), found[0].group(2).lower()
    return _before(note_date, int(_number(number)), "m" if unit[0] == "m" else unit[0])


def _before(day: dt.date, number: int, unit: str) -> dt.date:
    """``day`` ``number`` days, weeks, months or years earlier (calendar months and years, on
    the month's last day when it has no such day)."""
    if unit == "d":
        return day - dt.timedelta(days=number)
    if unit == "w":
        return day - dt.timedelta(weeks=number)
    return months_on(day, -number * (12 if unit == "y" else 1))
