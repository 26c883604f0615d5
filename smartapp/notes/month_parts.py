"""A month written with "early", "mid" or "late" and no day ("since late May", "started early
March", "mid-Jan"): the day it is read as. A start is read at the latest day its part can mean,
the safe end for "at least N days" (blind wave 27, CU/lmri-03); an end keeps the first, the 15th
or the 25th (``written_dates``), so that care "finished early March" is not moved later.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange

#: The last day "early", "mid" or "late" in a month can mean (0: the month's last): read at its
#: latest, the safe end for "at least N days" ("since late May" may be the 31st; blind wave 27,
#: CU/lmri-03). Any other word keeps the month's first day.
_PART_LAST_DAY = {"early": 10, "mid": 20, "late": 0}


#: Words that make the month part after them a start ("since", "started in", "onset").
STARTED = re.compile(
    r"\b(?:since|from|start\w*|began|begun|beginning|initiated|onset)"
    r"(?:\s+(?:in|on|around|about))?\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def month_part_day(part: str | None, month: int, year: int, note_date: dt.date) -> dt.date:
    """The day "early/mid/late <month>" of ``year`` is read as: its latest day, never past the
    note written inside that part of the month ("since late June" on June 27 is the 27th);
    the first of the month for a bare month or another word."""
    last = _PART_LAST_DAY.get((part or "").lower())
    if last is None:
        return dt.date(year, month, 1)
    when = dt.date(year, month, last or monthrange(year, month)[1])
    start = dt.date(year, month, {10: 1, 20: 11}.get(last, 21))
    return note_date if start <= note_date < when else when
