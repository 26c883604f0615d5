"""A medication order the EHR marks stopped or completed, with no end, whose own comment says
when it stopped ("Stopped 12/2025 - inadequate response", "stopped in March - GI upset"): the
course ran from the order's day to that stop, not on the order's day alone.

An order closed without an end date (no effectivePeriod.end, no validityPeriod.end, no supply
that says how long) was one day of care (records._end), so "methotrexate 5/2025, stopped
12/2025" was no trial of seven months. The comment on the order is the prescriber's record of
the stop. Only a stop written with its date, after the order's day and by ``as_of``, ends it
(stop_dates.py reads a month alone as a stop in that month); a stop with no date ("stopped -
no benefit") leaves the order as the record gives it. An open order a later note says was
stopped is stopped_orders.py.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..notes.cues import CARE_STOPPED
from ..notes.segments import segment
from ..notes.written_dates import find_dates
from .stop_dates import stop_date

#: Statuses of an order that is over (FHIR R4 MedicationRequest.status).
ENDED = frozenset({"stopped", "completed"})


def comment_stop(item: Any, notes: list[Any], as_of: date) -> date | None:
    """The day the ended medication order ``item``'s own comment says it stopped (``notes``:
    every text of the record), None when it gives no dated stop."""
    if not item.kind.startswith("Medication") or item.status not in ENDED:
        return None
    if item.end is not None or item.date is None:
        return None
    latest = None
    for note in notes:
        if note.kind != "annotation" or not note.ref.startswith(f"{item.ref}#"):
            continue
        for statement in segment(note.text or ""):
            text = statement.text
            for stop in CARE_STOPPED.finditer(text):
                if not find_dates(text[stop.start() :], as_of):
                    continue  # "stopped - no benefit": no day to end it on
                # Undated, the comment may speak of any day up to as_of (stopped_orders.py).
                when = stop_date(text, stop.start(), as_of, item.date)
                if when is not None and when[0]:
                    latest = max(latest or when[1], when[1])
    return latest
