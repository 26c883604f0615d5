"""Whether a care statement's length is written in units of time ("x 12 wks", "3 months of PT")
or only follows from a date it gives ("since late Aug", "2024-present").

``min_span_months`` (calendar_months.py) counts a length written in units as that many months
(12 weeks are 3 months, as payers read them), but a length a date gives is that date's days: "On
meloxicam since late Aug." in a note of 11/13 began on 8/31, and counting its 74 days as 28-day
months would move its start to 8/26.
"""

from __future__ import annotations

from ..notes.durations import find_durations


def in_units(text: str, days: int) -> bool:
    """Whether ``text`` writes a length of ``days`` in units of time (not from a date: without
    a note date, durations.find_durations reads no "since" or "to present")."""
    return any(found.days == days for found in find_durations(text, None))
