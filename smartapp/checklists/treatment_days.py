"""The treatment visits a therapy course has had, for ``visits_since_report`` (visits.py):
the distinct days with a coded therapy procedure or encounter, an encounter typed in words the
checklist names as a therapy visit (``visit_names``: "PT Outpatient Visit", no evaluation), or a
daily treatment note; and the visit numbers the daily notes give, which may count visits the
record left out.

Split out of visits.py, which finds the last progress report and judges the items.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .. import lazy_re
from ..evidence import Evidence
from .context import Context
from .record_filters import done, matches_concept
from .visit_headings import daily_heading, visit_number

_DAILY_NOTE = lazy_re.compile(r"\b(daily|treatment|tx|visit|soap|session)\b", re.IGNORECASE)
#: Encounter statuses of a visit that took place ("" when the EHR sends none).
_VISIT_DONE = frozenset({"finished", "in-progress", "arrived", ""})
#: Visits that are no treatment day of the course: evaluations, reports, consults, missed visits.
_NOT_TREATMENT = lazy_re.compile(
    r"\b(?:eval\w*|re-?eval\w*|assessment|progress|recert\w*|consult\w*|no[- ]?show|cancel\w*)\b",
    re.IGNORECASE,
)


def _named_visit(item: Evidence, spec: dict[str, Any]) -> bool:
    """A therapy visit charted as an Encounter typed in words only ("PT Outpatient Visit"): done,
    named by ``visit_names``, and not an evaluation, report or missed visit."""
    names = {"names": spec.get("visit_names", ())}
    return (
        bool(names["names"])
        and item.kind == "Encounter"
        and item.status in _VISIT_DONE
        and matches_concept((), item.text, names)
        and not _NOT_TREATMENT.search(item.text)
    )


def _held(item: Evidence) -> bool:
    """A session charted "not-done" (a no-show) or withdrawn, or a visit cancelled, is no
    treatment day (brief s72-d)."""
    return done(item) if item.kind == "Procedure" else item.status in _VISIT_DONE


def visit_days(spec: dict[str, Any], ctx: Context) -> set[date]:
    """The days up to ``as_of`` with a treatment visit: coded, named as one, or a daily note."""
    visits = {"codes": spec["visits"]}
    days = {
        item.date
        for item in ctx.record.of("Procedure", "Encounter")
        if item.date
        and item.date <= ctx.as_of
        and _held(item)
        and (matches_concept(item.codes, item.text, visits) or _named_visit(item, spec))
    }
    days |= {n.date for n in ctx.record.notes if n.date and n.date <= ctx.as_of
             and (_DAILY_NOTE.search(n.title) or daily_heading(n, _NOT_TREATMENT))}  # fmt: skip
    return days


def numbered_visits(ctx: Context) -> list[tuple[date, int, bool]]:
    """The visit numbers therapy notes give on their first line, by day, and whether each is a
    daily note's (visit_headings.py)."""
    numbered = ((n.date, visit_number(n)) for n in ctx.record.notes if n.date)
    return [(d, *k) for d, k in numbered if k is not None and d <= ctx.as_of]


def visits_counted(since: int, numbered: list[tuple[date, int, bool]], last: date | None) -> int:
    """The visits since the last report (``last``; None: since the first, the evaluation):
    the days on record, or more when the daily notes' visit numbers say the record left some
    out (after a report, counted from the number of a note on or before its day)."""
    after = [k for d, k, daily in numbered if daily and (last is None or d > last)]
    before = [k for d, k, _ in numbered if last is not None and d <= last] or [1] * (last is None)
    if not after or not before:
        return since
    return max(since, max(after) - max(before))
