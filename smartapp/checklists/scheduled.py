"""The note that scheduled the requested study: its plan is that study's plan.

A surveillance study is planned at the visit that found what it follows: "Repeat CT chest w/o
contrast in ~3 months (late Feb 2026). If growth -> PET/CT and refer pulm; if stable -> next CT
at 9-12 months" is written in December for a CT ordered in February. A reviewer reads that
plan as the plan for the CT now requested, however old the note (blind W/imaging-03): it says
what the result will change. A note schedules the requested study when one of its statements
names the study's modality (as the order's own text names it: CT, MRI, X-ray; any study when the
order has no words) with a date after the note that falls within a month of the order's date
(written or proposed for the service).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import timedelta

from ..notes.written_dates import find_dates
from .context import Context
from .films import MODALITIES

_NEAR = timedelta(days=31)
#: How far back such a note is read (and fetched): a follow-up study scheduled up to a year
#: ahead ("next CT at 9-12 months"), and the month either side of its date.
SCHEDULED_DAYS = 365 + 31
_STATEMENT = re.compile(r"[^\n.;]+")


def notes_scheduling_order(ctx: Context, refs: Iterable[str]) -> set[str]:
    """Those of ``refs`` (note references) with a statement that schedules the order's study
    for the order's time (see the module docstring)."""
    order = ctx.order
    if order is None:
        return set()
    named = " ".join([order.free_text, *(c.display for c in order.codes)])
    # An order coded without words (a bare CPT code) is matched by any study a statement names.
    kinds = [p for p in MODALITIES.values() if p.search(named)] or list(MODALITIES.values())
    due = [d for d in (order.authored, order.occurrence) if d] or [ctx.as_of]
    wanted = set(refs)
    out = set()
    for note in ctx.record.all_texts():
        if note.ref not in wanted or not note.text or note.date is None or note.kind != "note":
            continue
        for statement in _STATEMENT.findall(note.text):
            if not any(p.search(statement) for p in kinds):
                continue
            ahead = [m.when for m in find_dates(statement, note.date) if m.when > note.date]
            if any(abs(when - day) <= _NEAR for when in ahead for day in due):
                out.add(note.ref)
                break
    return out
