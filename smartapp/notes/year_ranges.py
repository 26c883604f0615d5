"""Spans of years, as history lines date a course: "naproxen BID 2024-2025", "x 9 mos 2024-25".
Each end is read as its year's first day (as "Sept-Nov 2025" gives its months), a two-digit end
of 12 or less is a month ("2011-12"), and ends more than ten years apart are no course. Not the
share of a year :mod:`.year_spans` reads ("for most of 2025").

Split out of written_dates.py, which finds these with the other dates of a text.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import lazy_re

#: Units a number may be a quantity of: "2000 mg", "2019 lb" are no years.
_UNITS = r"mg|mgs|kg|kgs|lb|lbs|ml|mls|cc|mm|cm|ft|feet|steps|units|mcg|%"
#: A unit after a number, as a whole word: "2019 LBP" (low back pain), "2019-2021 mgmt" are
#: years, not pounds or milligrams; "2019 lb", "2019 cm2" stay quantities.
UNIT_AFTER = rf"\s*(?:{_UNITS})(?![A-Za-z])"
#: A span of years, as history lines date a course: "naproxen BID 2024-2025", "x 9 mos 2024-25"
#: (blind wave 24, CI/tsa-02, CI/hya-01), which written_dates' bare year leaves alone ("2024-"
#: may be an ISO day). Not a quantity or code ("#2019-22", "1.2019-20"), nor an ISO month
#: ("2024-05").
_YEAR_RANGE = lazy_re.compile(
    r"(?<![#$\d/.-])\b((?:19[5-9]|20[0-9])\d)\s*[-–]\s*((?:19|20)\d{2}|\d{2})\b(?![/\d-]|"
    + UNIT_AFTER
    + r")"
)
#: How many years apart a range's ends may be: "2019-2021", not "1990-2024" (a list of ages or
#: a lifespan is no course of care; nor a two-digit end before the first: "2024-12").
_MAX_YEARS = 10


def _year_range(match: re.Match[str]) -> tuple[int, int]:
    """The two years of a :data:`_YEAR_RANGE` match; a two-digit end of 12 or less is a month
    ("2011-12" is December 2011), not a year."""
    first, end = int(match.group(1)), match.group(2)
    if len(end) == 4:
        return first, int(end)
    return first, (first // 100 * 100 + int(end) if int(end) > 12 else 0)


def year_ranges(text: str) -> list[tuple[tuple[int, int], tuple[tuple[int, int, dt.date], ...]]]:
    """Each span of years in ``text``: its (start, end), and (start, end, first day) of each of
    its two years."""
    found = []
    for match in _YEAR_RANGE.finditer(text):
        first, last = _year_range(match)
        if first < last <= first + _MAX_YEARS:
            found.append(
                (
                    (match.start(), match.end()),
                    (
                        (match.start(1), match.end(1), dt.date(first, 1, 1)),
                        (match.start(2), match.end(2), dt.date(last, 1, 1)),
                    ),
                )
            )
    return found
