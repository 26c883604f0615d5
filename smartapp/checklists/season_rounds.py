"""Care a note places in last year's seasons, one round in each: "Did two rounds of PT last year
(spring and fall)" (blind wave 89, MD/knee-tka-02).

"last year" alone places the care on the year's last day, as late as it can be
(past_times.past_period), so two rounds of PT in the spring and the fall became one day, 31
December, and TKA-002's three months of care were 21 days. Seasons named with it say more:
the care ran in each, so it spans from the first season to the last. Each round is placed as
late as its season allows, as a season alone is: from the first season's last day to the last
season's last day (never past the note). One season is no span ("PT last year (fall)" stays a
season's day); "last year" not said, or "this past year", reads as before.
"""

from __future__ import annotations

import re
from datetime import date

from .. import lazy_re
from ..notes.seasons import SEASON, season_days

#: "last year" as a care's time (not "this past year", the last twelve months).
_LAST_YEAR = lazy_re.compile(r"\blast\s+year\b", re.IGNORECASE)
#: Two seasons listed together: "(spring and fall)", "spring, then fall", "spring & fall".
_TWO_SEASONS = lazy_re.compile(
    rf"\b({SEASON})\s*(?:,\s*(?:and\s+|then\s+)?|and\s+|&\s*|\+\s*|then\s+)(?:again\s+)?"
    rf"(?:in\s+)?(?:the\s+)?({SEASON})\b",
    re.IGNORECASE,
)


def seasons_had(words: str, note_date: date) -> tuple[date, date] | None:
    """The span care ``words`` place in two of last year's seasons runs over (see the module
    docstring), or None."""
    if _LAST_YEAR.search(words) is None:
        return None
    listed = _TWO_SEASONS.search(words)
    if listed is None:
        return None
    year = note_date.year - 1
    first, last = (season_days(year, which.lower())[1] for which in listed.groups())
    if last <= first:  # "fall and spring": not in the order a year runs
        return None
    return first, min(last, note_date)
