"""``older_than_months`` / ``min_duration_months``: how long a symptom has lasted, in calendar
months as a reviewer counts them.

The facet LCD asks for axial pain "present at least 3 months" (cms-lcd-facet). Read as 84 days
it was met by a pain that began 12/22 and was checked 3/18: 86 days, not three months (s64-b,
ID/psi-03; the same count calendar_months.py makes for months of care). So a Condition's onset
is old enough when it is on or before the anchor moved back N calendar months, and a note's
duration reaches N months when:

- it dates the onset ("since 12/22/25", "2024-present"): the calendar months from that day to the
  note's;
- it states a length ("x 3 months", "LBP x 12 wks"): that length as payers read it, twelve weeks
  being three months (calendar_months.stated_start).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from ..notes.calendar_days import months_on
from .calendar_months import months_between, stated_start


def onset_months_old(onset: date | None, anchor: date, months: int) -> bool:
    """Whether an onset lies at least ``months`` calendar months before ``anchor``."""
    return onset is not None and onset <= months_on(anchor, -months)


def lasted_months(finding: Any, written: date | None, months: int) -> bool:
    """Whether the duration a note states (``finding.duration_days`` up to ``written``, the day
    the statement was written) reaches ``months`` calendar months."""
    days = finding.duration_days or 0
    if written is None or days <= 0:
        return False
    # A dated onset ("since 12/22/25") keeps its day (``when``); a stated length has none.
    start = written - timedelta(days=days) if finding.when else stated_start(written, days)
    return months_between(start, written)[0] >= months
