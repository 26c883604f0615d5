"""Care a note places in last year's seasons, one round in each: "Did two rounds of PT last year
(spring and fall)" (blind wave 89, MD/knee-tka-02).

"last year" alone places the care on the year's last day, as late as it can be
(past_times.past_period), so two rounds of PT in the spring and the fall became one day, 31
December, and TKA-002's three months of care were 21 days. Seasons named with it say more:
the care ran in each, so it spans from the first season to the last. Each round is placed as
late as its season allows, as a season alone is: from the first season's last day to the last
season's last day (never past the note). One season is no span ("PT last year (fall)" stays a
season's day); "last year" not said, or "this past year", reads as before.

The same rounds told in prose after the care's clause (blind wave 92, MQ/knee-01: "two rounds of
physical therapy last year, one in the spring, eight weeks, and a second round in the fall, six
weeks") span the same way (:func:`seasons_had`'s ``told``). Months listed for the care's rounds or
injections ("cortisone injections in March and September") are each a day of it, so the care
spans from the first to the last (:func:`months_had`): each month the latest one on or before
the note (or last year's, when the care is told as last year's), not a February note's March
to come, as a month alone within 90 days is read (an appointment). A round planned ("a second
planned for the fall", "will repeat in September") is none of these.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from itertools import pairwise

from .. import lazy_re
from ..notes.clauses import clause_bounds
from ..notes.date_patterns import MONTHS
from ..notes.seasons import SEASON, season_days
from ..notes.written_dates import MONTH_PATTERN
from .past_times import AHEAD

#: "last year" as a care's time (not "this past year", the last twelve months).
_LAST_YEAR = lazy_re.compile(r"\blast\s+year\b", re.IGNORECASE)
#: Two seasons listed together: "(spring and fall)", "spring, then fall", "spring & fall".
_TWO_SEASONS = lazy_re.compile(
    rf"\b({SEASON})\s*(?:,\s*(?:and\s+|then\s+)?|and\s+|&\s*|\+\s*|then\s+)(?:again\s+)?"
    rf"(?:in\s+)?(?:the\s+)?({SEASON})\b",
    re.IGNORECASE,
)
#: A round's season told in prose: "one in the spring", "a second round in the fall"; not a
#: season of a year written ("in the summer of 2024", "in the fall '24").
_ROUND_SEASON = lazy_re.compile(
    rf"\b(?:in|during|over|through)\s+(?:the\s+)?({SEASON})\b(?!\s*(?:of\b|'?\d))",
    re.IGNORECASE,
)
#: Words that put a round to come, beside those past_times reads as looking ahead.
_PLANNED = lazy_re.compile(
    r"\b(?:scheduled|booked|due|upcoming|pending|set\s+up|ordered|referred|hope\w*)\b",
    re.IGNORECASE,
)
#: Months listed for the care, none with a year: "in March and September", "in Jan, May and
#: again in Sept". A month with a year or a day after it is a date read as such.
_NO_YEAR = r"(?![\w.]|\s*,?\s*\d|\s*['\u2019]\d)"
_MONTH_LIST = lazy_re.compile(
    rf"\b(?:in|during)\s+({MONTH_PATTERN}{_NO_YEAR}(?:\s*,\s*{MONTH_PATTERN}{_NO_YEAR})*"
    rf"\s*,?\s*(?:and|&)\s+(?:again\s+|then\s+)?(?:in\s+)?{MONTH_PATTERN}{_NO_YEAR})",
    re.IGNORECASE,
)
_ONE_MONTH = lazy_re.compile(MONTH_PATTERN, re.IGNORECASE)


def _ahead(words: str) -> bool:
    """Whether ``words`` look ahead or plan ("a second planned for the fall")."""
    return AHEAD.search(words) is not None or _PLANNED.search(words) is not None


def seasons_had(words: str, note_date: date, told: str = "") -> tuple[date, date] | None:
    """The span care ``words`` place in two of last year's seasons runs over (see the module
    docstring), or None. ``told``: the care's words on to the next care named, whose later
    clauses may tell each round's season."""
    if _LAST_YEAR.search(words) is None:
        return None
    listed = _TWO_SEASONS.search(words)
    if listed is not None:
        seasons = [which.lower() for which in listed.groups()]
    elif told and not _ahead(told):
        seasons = [m.group(1).lower() for m in _ROUND_SEASON.finditer(told)]
    else:
        return None
    if len(seasons) < 2:
        return None
    year = note_date.year - 1
    days = [season_days(year, which)[1] for which in seasons]
    if any(later <= earlier for earlier, later in pairwise(days)):
        return None  # "fall and spring": not in the order a year runs
    return days[0], min(days[-1], note_date)


def months_had(
    words: str, note_date: date, care: str, mentioned: list[date] | None = None
) -> tuple[date, date] | None:
    """The span from the first to the last of the months ``words`` list for the care named
    ``care`` ("cortisone injections in March and September"), each at its last day (never past
    the note); None when no such list begins in the care's clause (the months of "naproxen,
    then diclofenac, injections in March and September" are the injections'), the months are
    out of a year's order, the clause looks ahead, or a date already read (``mentioned``) lies
    outside the months listed."""
    at = words.lower().find(care.lower()) if care else -1
    if at < 0:
        return None
    start, end = clause_bounds(words, at)
    listed = _MONTH_LIST.search(words, at)
    if listed is None or listed.start() >= end or _ahead(words[start : listed.end()]):
        return None
    months = [MONTHS[m.group().lower().rstrip(".")] for m in _ONE_MONTH.finditer(listed.group(1))]
    last_year = _LAST_YEAR.search(words) is not None
    days = []
    for month in months:
        year = note_date.year - 1 if last_year or month > note_date.month else note_date.year
        days.append(date(year, month, monthrange(year, month)[1]))
    if any(later <= earlier for earlier, later in pairwise(days)):
        return None  # "September and March": not the order they were had in
    listed_months = {(d.year, d.month) for d in days}
    if any((d.year, d.month) not in listed_months for d in mentioned or ()):
        return None
    return days[0], min(days[-1], note_date)
