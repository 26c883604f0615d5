"""A plan in force only through an order that amends a plan, while the plan it amends is unread
(bench/unread.py, invariant a).

An interim, verbal or supplemental order that changes the plan of care ("INTERIM PHYSICIAN ORDER
10/20 ... Continue PT per plan, decrease to 2w4") states no period of its own: it runs with the
plan it changes and lapses with it (plan_periods.amends_plan; blind wave 23, CC/hh-02: a change
to the certification of 9/21-11/19 is no plan for visits from 11/20). When no read text states a
period running on the order's day, nothing bounds it and it reads as in force. If a note written
on or before the order (within a plan's longest reach) is unread, that note may be the plan it
amends, whose period may have ended: the honest answer is "could not check", naming the notes.
An amendment whose running plan is read is judged by it, whatever the unread notes say; an
unread note written after the order cannot be the plan it changed. With every note read nothing
changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from ..evidence.record import Note
from .context import Context
from .plan_periods import LONGEST_PLAN_DAYS, amends_plan, running_periods
from .unread_notes import unread_texts


def unread_amended(notes: Sequence[Note], ctx: Context) -> dict[str, list[str]]:
    """Each of ``notes`` that is in force only as an amendment whose plan may be an unread
    note, with those unread notes' references (see the module docstring)."""
    texts = ctx.record.all_texts()
    candidates: list[Any] | None = None  # read once, and only if a note amends a plan
    out: dict[str, list[str]] = {}
    for note in notes:
        if note.date is None or not amends_plan(note) or running_periods(note, texts):
            continue
        earliest = note.date - timedelta(days=LONGEST_PLAN_DAYS)
        candidates = unread_texts(ctx) if candidates is None else candidates
        unread = [n.ref for n in candidates if n.date is not None
                  and earliest <= n.date <= note.date and n.ref != note.ref]  # fmt: skip
        if unread:
            out[note.ref] = unread
    return out

