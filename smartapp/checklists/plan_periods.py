"""Plans of care in force: a plan whose stated period covers the day of the request.

A therapy or home-health plan of care is certified for a period ("Plan of care ... (02/02-07/20/
2026)", "Cert period 3: 09/15/2026 - 11/13/2026"). While that period runs, the plan is the one in
force however long ago it was written, and treatment notes only say "continue POC" (blind waves 9
and 10: a 24-week plan signed 140 days before the request was called missing). A criterion with
``in_force: true`` therefore also counts findings from a note that states a plan period covering
``as_of``; a period that ended before it (a lapsed plan) does not extend anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from ..evidence.dates import parse_date
from ..notes.written_dates import numeric_date
from .context import Context

#: How far back a plan's note can be and still be in force (a lookback bound for fetching).
LONGEST_PLAN_DAYS = 365
_PLAN_WORDS = re.compile(
    r"\b(?:plan of care|poc|cert(?:ification)? period|certified|re-?cert\w*|episode|"
    r"authori[sz]ation period)\b",
    re.IGNORECASE,
)
_RANGE = re.compile(
    r"(?P<a>\d{1,2}/\d{1,2}(?:/(?:\d{4}|\d{2}))?)\s*(?:-|–|to|through|thru)\s*"
    r"(?P<b>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))\b|"
    r"(?P<ia>\d{4}-\d{2}-\d{2})\s*(?:-|–|to|through|thru)\s*(?P<ib>\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)


def _periods(line: str) -> Iterable[tuple[date, date]]:
    for match in _RANGE.finditer(line):
        if match["ia"]:
            start, end = parse_date(match["ia"]), parse_date(match["ib"])
        else:
            end = numeric_date(match["b"])
            start = numeric_date(match["a"], end.year) if end else None
            if start is not None and end is not None and start > end and match["a"].count("/") == 1:
                start = numeric_date(match["a"], end.year - 1)  # "11/10-02/07/2026"
        if start is not None and end is not None and start <= end:
            yield start, end


def states_plan_in_force(text: str, on: date) -> bool:
    """True when a line of ``text`` that names a plan of care or certification states a period
    running on ``on``."""
    for line in text.splitlines():
        if _PLAN_WORDS.search(line) and any(a <= on <= b for a, b in _periods(line)):
            return True
    return False


def notes_in_force(ctx: Context, refs: Iterable[str]) -> set[str]:
    """Those of ``refs`` (note references) whose text states a plan period running on as_of."""
    wanted = set(refs)
    return {
        note.ref
        for note in ctx.record.all_texts()
        if note.ref in wanted and note.text and states_plan_in_force(note.text, ctx.as_of)
    }
