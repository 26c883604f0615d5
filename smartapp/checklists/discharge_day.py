"""The day of a discharge for missed visits is no day of care.

"attended 2/24. d/c from PT (non-attendance) 3/3." dates the last visit kept and then the day the
therapy closed the chart: the patient had stopped coming before it. Read as two days of care, the
discharge stretched a course of visits 1/20-2/24 (35 days) to 3/3, six weeks (blind wave 103,
OC/lmri-02: "Only 3 PT visits with 3 no-shows, discharged for non-attendance ... no 6-week
course"). A course left runs over the care received (docs/checklists.md §4.2a), so a statement
that also dates the visits kept loses the discharge's own date. Alone ("Pt d/c'd from PT per
attendance policy 3/3") the date stays: it is all the statement says of when the care was had,
and courses.discharge_days_dropped weighs it against other statements of the same care.
"""

from __future__ import annotations

import re
from datetime import date

from .. import lazy_re
from ..notes.discharged_care import missed_visit_discharge
from ..notes.written_dates import find_dates

#: The discharge's words just before a date, with no other date, ";" or sentence end between:
#: "d/c from PT (non-attendance) 3/3", "discharged from PT on 3/3", "D/C'd from POC 3/3".
_DISCHARGE_BEFORE = lazy_re.compile(
    r"\b(?:discharged|discharge|d/c(?:'?d)?|dc'?d)\b(?:(?!\.\s)[^\d;]){0,60}$", re.IGNORECASE
)


def discharge_day_dropped(mentioned: list[date], words: str, note_date: date) -> list[date]:
    """``mentioned`` without the date a discharge for missed visits is written with, when the
    statement ``words`` dates other days of the care (the visits kept)."""
    if len(mentioned) < 2 or not missed_visit_discharge(words):
        return mentioned
    dropped = {
        found.when
        for found in find_dates(words, note_date)
        if _DISCHARGE_BEFORE.search(words[max(0, found.start - 80) : found.start])
    }
    return [d for d in mentioned if d not in dropped] or mentioned
