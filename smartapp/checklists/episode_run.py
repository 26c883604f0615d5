"""The run of certification periods a home-health order continues (care_start.py).

A recertification continues the episode its first certification opened ("HH POC cert 3/3-5/1",
then "recert 5/2-6/30": blind wave 13, AR/hh-04); a break between periods opens a new one, and so
does an order asked for long after the last period ended. But the agency's visits may go on past
a certification the paper lapsed on: visit notes after its end that carry the plan on ("SN
visit: Foley changed ... Continue POC", "Continue per previous orders") show no discharge and no
new episode, only a late recertification. The face-to-face encounter is then the one of the
original start of care (42 CFR 424.22(a)(1)(v): only the initial certification needs one) --
blind wave 45, FM/homehealth-02 (a plan for 5/01-6/29, visits "continue POC" to 8/01, the order
8/04, the visit 4/20) and FP/homehealth-03 (a plan for 5/11-7/09, "continue per previous orders"
on 9/10, the order 9/11, the visit 5/04) were called missing.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import lazy_re
from ..evidence import PatientRecord

#: A note that carries the plan of care on: "Continue POC", "continue per previous orders",
#: "continuing current plan of care". Not "continue to monitor" or "continue metformin".
_CONTINUED = lazy_re.compile(
    r"\bcontinu(?:e|es|ed|ing)\s+(?:(?:per|with|on|under)\s+)?(?:the\s+)?"
    r"(?:(?:current|previous|prior|same|existing)\s+)?(?:poc|plan\s+of\s+care|orders?)\b",
    re.IGNORECASE,
)


def continued_on(record: PatientRecord, earliest: date, order_date: date) -> list[date]:
    """The days of notes from ``earliest`` to ``order_date`` that carry the plan of care on."""
    return [
        note.date
        for note in record.all_texts()
        if note.date is not None
        and earliest <= note.date <= order_date
        and _CONTINUED.search(note.text or "")
    ]


def first_certified(
    periods: list[tuple[date, date]],
    earliest: date,
    order_date: date,
    late: int,
    continued: list[date] | None = None,
    recert: bool = False,
) -> date | None:
    """The first day of the run of back-to-back certification periods whose latest period began
    by ``order_date``; None when the run ended more than ``late`` days before the order, unless
    a note ``continued`` the plan since it ended, up to ``late`` days before the order. For an
    order that calls itself a ``recert``, a period that begins up to ``late`` days after the
    last one ended is that recertification's, late, and goes on with the run."""
    start: date | None = None
    last_end: date | None = None
    opened: date | None = None
    # A late recertification continues its episode (care_start._RECERT_DAYS, blind wave 24,
    # CH/hh-02), and so does the period its papers state: "HH PT 2w8 recert" with "CERT PERIOD
    # 05/04/2026 - 07/02/2026", 33 days after the last period ended 3/31 (GH/home-health-02's
    # shape, brief s67-d), is no new episode needing a new encounter.
    bridge = timedelta(days=late if recert else 1)
    for begin, end in sorted(p for p in periods if earliest <= p[0] <= order_date):
        if last_end is None or begin > last_end + bridge:
            start = begin  # a new run of periods
        last_end = max(end, last_end or end)
        opened = start
    if last_end is None:
        return None
    # Care carried on past the last period's end: the run reaches the latest such visit.
    last_end = max([last_end, *(d for d in continued or () if last_end < d <= order_date)])
    if last_end < order_date - timedelta(days=late):
        return None  # the last run ended long before the order: the order opens an episode
    return opened
