"""``before_order``: only a record dated before the day the order was written.

A diagnosis made earlier is a reason of its own for some services: an attended PAP titration
(95811) follows an OSA diagnosis (SLEEP-005, AASM 2017). But the diagnosis an order is *for* is
on record too, often as an undated problem-list entry the order's ``reasonReference`` points to,
and 95811 is also the split-night study that makes that diagnosis. Read as an earlier one, a first
work-up's own OSA (G47.33, no onset, no recorded date; "Plan: in-lab split-night PSG") passed
for a titration after diagnosis (blind wave 74, JS/sleep-studies-03). So a record counts here
only when its date shows it came first: an undated one does not, nor one of the order's own day,
and a date of a year or month alone counts from its last day (latest_days.py), as it may be
that day.
"""

from __future__ import annotations

from ..evidence import Evidence
from .context import Context
from .latest_days import latest_record_day


def dated_before_order(item: Evidence, ctx: Context) -> bool:
    """Whether ``item`` is dated (by its last possible day) before the order's day."""
    day = latest_record_day(item) or item.date
    return day is not None and day < ctx.order_date
