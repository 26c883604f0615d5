"""The start of care of a home-health episode, as the record states it ("SOC 05/18/2026").

CMS and Ohio Medicaid time the face-to-face encounter from the start of care (90 days before to
30 days after it), and only the initial certification needs one: a recertification 60 or 120 days
later is covered by the encounter of the episode's start. A criterion that says
``since: start-of-care`` counts its window back from the start of care the record states, the
latest one within :data:`EPISODE_DAYS` before the order; without one it counts back from the
order, as ``since: order`` does (blind wave 10: recertifications whose encounter preceded the
original start of care were called missing).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..evidence import PatientRecord
from ..evidence.dates import parse_date
from ..notes.written_dates import numeric_date

#: How far back a stated start of care can open the episode an order continues.
EPISODE_DAYS = 365
_SOC = re.compile(
    r"\b(?:soc|start\s+of\s+care)(?:\s+date)?\s*(?:[:#=-]|was|on|of)?\s*"
    r"(?:(?P<us>\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))|(?P<iso>\d{4}-\d{2}-\d{2}))\b",
    re.IGNORECASE,
)


def start_of_care(record: PatientRecord, order_date: date, as_of: date) -> date | None:
    """The latest start of care stated in the record within the episode before ``order_date``."""
    earliest = order_date - timedelta(days=EPISODE_DAYS)
    found: list[date] = []
    for note in record.all_texts():
        if note.date is not None and not earliest <= note.date <= as_of:
            continue  # a note from before the episode cannot state its start
        for match in _SOC.finditer(note.text or ""):
            when = parse_date(match["iso"]) if match["iso"] else numeric_date(match["us"])
            if when is not None and earliest <= when <= order_date:
                found.append(when)
    return max(found, default=None)
