"""A recertification written in the closing days of the period it names certifies the next one.

The home-health plan is recertified at least every 60 days (42 CFR 424.22(b)(1)), reviewed in the
last days of the period it follows (42 CFR 484.55(d)(1): days 56-60), and an agency's summary of
that review is headed by the period under way: "RN RECERTIFICATION SUMMARY (day 56 of cert period
8/26-10/24) ... POC reviewed with Dr. F by phone 10/16; orders continued: SN 3w9; goals: ...
Physician signature: ... 10/17/2026" (blind wave 64, IJ/home-health-03). Read by its stated
period alone, the plan ended 10/24 and the visits asked for from 10/26 had no plan; but what it
recertifies is the period that starts the day after, for the next 60 days.

Only a note that is itself the recertification, by its first line ("RECERTIFICATION", "Recert
summary", "60-DAY SUMMARY / RECERT"): not one asking for it or waiting on it ("Recert due",
"Recert request worksheet", "RECERTIFICATION (DRAFT)", "recert pending MD signature"). And only
written while its period runs, in its last two weeks: a summary written mid-period is no review
for the next one, and a recertification plan signed after its own period began ("OT
RECERTIFICATION POC (signed late entry) 06/01-07/12" on 6/12) states the period it certifies.
Whether the note is filled in and signed stays the criterion's to judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from .. import lazy_re
from .note_heading import first_text_line

#: The length of a certification period (42 CFR 424.22(b)(1)); a therapy plan is recertified at
#: least every 90 days, so the next 60 days are the shorter of the two.
NEXT_PERIOD_DAYS = 60
#: How early before its period ends a recertification is still its closing review: the 5-day
#: window, with the days an agency's summary waits for the physician's phone review and signature
#: (IJ/home-health-03: written 10/16, signed 10/17, for a period ending 10/24).
CLOSING_DAYS = 14

_RECERT = lazy_re.compile(r"\bre-?\s?cert(?:ification)?\b", re.IGNORECASE)
#: A heading about a recertification still to come, not the recertification itself.
_NOT_YET = lazy_re.compile(
    r"\b(?:due|requests?|requested|worksheet|task|recommend\w*|pending|awaiting|draft|"
    r"not\s+(?:yet\s+)?signed|unsigned|to\s+be|will|needed|sent)\b",
    re.IGNORECASE,
)


def recertified_periods(
    text: str, written: date | None, periods: Iterable[tuple[date, date]]
) -> list[tuple[date, date]]:
    """The next periods ``text`` recertifies: for each of ``periods`` (those it states) running on
    ``written`` and ending within :data:`CLOSING_DAYS` of it, the 60 days from the day after,
    when the note's first line names it a recertification."""
    if written is None:
        return []
    heading = first_text_line(text)
    if not _RECERT.search(heading) or _NOT_YET.search(heading):
        return []
    return [
        (end + timedelta(days=1), end + timedelta(days=NEXT_PERIOD_DAYS))
        for start, end in periods
        if start <= written <= end and end - written <= timedelta(days=CLOSING_DAYS)
    ]
