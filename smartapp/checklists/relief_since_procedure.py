"""A relief told by the day it ended, counted from the prior procedure's day when the statement
writes no start: "pt reports the May shot gave ~70% relief until about mid-Sept" (blind wave 87,
LW/inj-03; the TFESI of 5/12 is a Procedure).

``relief_lasting.held_until`` counts a relief's end from a day its own text dates ("ILESI 9/9/25:
... good relief until around Christmas"). A nurse's phone note names the injection by its month
or not at all, so no start was read and the relief, its length unknown, read as none for a repeat
(IPN-009: 50% for 3 months, LCD L39240). The procedure ``after_last`` names (the last one of the
kind requested, last_procedure.py) is the one the relief followed: the days from it to the end
day are how long the relief held, short or long. A procedure after the end day, or after the
note, is not the one it followed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .context import Context
from .last_procedure import prior_procedures
from .relief_lasting import until_day


def days_since_procedure(
    sentence: str,
    note_date: date | None,
    spec: dict[str, Any],
    ctx: Context,
    told_on: date | None = None,
) -> int | None:
    """Days from the last prior procedure (``spec``'s ``after_last``) before the end day
    ``sentence`` names ("relief until about mid-Sept") to that day; None when the sentence names
    no end day, or no prior procedure came before it. ``told_on`` is the relief statement's own
    date: an injection the same statement names ("the TFESI gave ~70% relief until about
    mid-Sept") is dated by that end alone (finding_dates), so it is not the procedure's day."""
    if not spec.get("after_last"):
        return None
    end = until_day(sentence, note_date)
    if end is None:
        return None
    began = [
        d for d in prior_procedures(spec["after_last"], ctx)
        if d <= end and (note_date is None or d <= note_date) and d != told_on
    ]  # fmt: skip
    return (end - max(began)).days if began else None
