"""A plan of care's period written in months, or as the school year: "Plan: individual 1x/wk +
small group 1x/wk for school year (9/2025-5/2026)" at a child's speech re-evaluation of 9/8/2025
(blind wave 72, JO/therapy-speech-language-01: the plan ran on the group therapy asked for in
February, but no period was read, so it was 147 days old and called partial).

A range of months runs from the first day of its first month to the last day of its last
("9/2025-5/2026", "09/2025 thru 05/2026"); a plan "through 5/2026" from the day it was written to
that month's end. A plan "for the school year" ("x school yr", "for the 2025-26 school year") runs
to the end of May of the school year it is written in: the earliest a school year ends, so that a
June request is not covered by a plan that may have ended with the school; months written
beside it say which school year it is. Read only on the
lines and sentences plan_periods and plan_through already take as a plan's (a line naming a plan
of care, a "Plan:" heading's sentence): "In kindergarten this school year" is no period.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from .. import lazy_re

_MONTH = r"(?:0?[1-9]|1[0-2])/20\d{2}"
_RANGE = lazy_re.compile(
    rf"(?<![\d/])(?P<a>{_MONTH})\s*(?:-|–|to|through|thru)\s*(?P<b>{_MONTH})\b(?![/\d])",
    re.IGNORECASE,
)
_THROUGH = lazy_re.compile(
    rf"\b(?:through|thru|until|till)\s+(?P<b>{_MONTH})\b(?![/\d])", re.IGNORECASE
)
_SCHOOL_YEAR = lazy_re.compile(
    r"\b(?:for|through|thru|x|over|during)\s+(?:the\s+|this\s+)?"
    r"(?:(?:20)?\d{2}\s*[-–/]\s*(?P<end>(?:20)?\d{2})\s+)?(?:school|academic)\s+(?:year|yr)\b",
    re.IGNORECASE,
)
#: The month a school year's plan ends in (its earliest end; see the module's docstring).
_SCHOOL_YEAR_ENDS = 5


def _first(month_year: str) -> date:
    month, year = month_year.split("/")
    return date(int(year), int(month), 1)


def _last(month_year: str) -> date:
    first = _first(month_year)
    return first.replace(day=monthrange(first.year, first.month)[1])


def month_periods(words: str, written: date | None) -> list[tuple[date, date]]:
    """The periods ``words`` (a plan's) state in months or as the school year; with
    ``written`` (the note's date), also those given by their end alone."""
    ranges = list(_RANGE.finditer(words))
    spans = [(_first(m["a"]), _last(m["b"])) for m in ranges]
    out = [(start, end) for start, end in spans if start <= end]
    if written is None:
        return out
    ranged = [m.span() for m in ranges]
    for m in _THROUGH.finditer(words):
        if not any(a <= m.start("b") < b for a, b in ranged) and written <= _last(m["b"]):
            out.append((written, _last(m["b"])))
    for m in _SCHOOL_YEAR.finditer(words):
        if out and not m["end"]:  # "for school year (9/2024-5/2025)": its months say which
            continue
        if m["end"]:
            year = int(m["end"]) + (2000 if len(m["end"]) == 2 else 0)
        else:  # a plan written from June on is for the school year to come
            year = written.year + (1 if written.month > _SCHOOL_YEAR_ENDS else 0)
        end = date(year, _SCHOOL_YEAR_ENDS, 31)
        if written <= end:
            out.append((written, end))
    return out
