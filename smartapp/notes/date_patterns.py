"""The shapes of a written date: month names, "3/2/26", "2026-03-02", "March 3, 2026", "Mar
'25", "8/2024", a bare year, and the span to now ("2024-present"); :class:`DateMention` and how a
:data:`DATE` match is read. Split from written_dates.py, which finds them in a note's text."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .. import lazy_re
from .calendar_days import _year, _yearless, safe_date
from .year_ranges import UNIT_AFTER

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}  # fmt: skip
MONTH_PATTERN = _MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_NUMERIC = r"(\d{1,2})/(\d{1,2})(?:/(\d{2,4}))?"
_DATE_ISO = r"(\d{4})-(\d{2})-(\d{2})"
_DATE_WORDS = rf"({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?"
#: A month with its year cut to two digits after an apostrophe is that month: "Euflexxa series
#: Jan '26" (blind wave 54, GU/hyaluronan-02, dated by the relief's "early June" instead), with
#: or without a space before the apostrophe ("March'25"), or with "of" ("January of 2025").
_MONTH_YEAR = (
    rf"({_MONTH})(?:\s+(?:of\s+)?|(?=['\u2019]))(\d{{4}}|['\u2019]\d{{2}})|(\d{{1,2}})/(\d{{4}})"
)
#: The word that ends a span at the note's own day: "naproxen 2024-present", "3/2024 to now".
_NOW_WORD = r"\s*(?:the\s+)?(?:present|now|current|today)\b"
#: A span running to the note from the date right before it (durations.py reads its length).
TO_NOW = lazy_re.compile(
    rf"\s*(?:[-\u2013]|\b(?:to|through|thru|until)\b){_NOW_WORD}", re.IGNORECASE
)
#: A bare year ("WC claim 2019", "(2024)", "in 2022"), not a quantity ("2000 mg", "#2019", "2019
#: lb": year_ranges.UNIT_AFTER). A bare year before a hyphen may be an ISO day ("2024-"), but not
#: one opening a span to now.
_BARE_YEAR = rf"(?<![#$\d/.-])\b((?:19[5-9]|20[0-9])\d)\b(?![/\d]|-(?!{_NOW_WORD})|{UNIT_AFTER})"
DATE = lazy_re.compile(
    rf"\b(?:{_DATE_ISO}|{_DATE_NUMERIC}|{_DATE_WORDS}|{_MONTH_YEAR})\b|{_BARE_YEAR}", re.IGNORECASE
)


@dataclass(frozen=True)
class DateMention:
    """A date at [start, end) of the text."""

    start: int
    end: int
    when: dt.date
    #: a month written as "M/YY" and read as that month ("PT 10/25-12/25": yearless_ranges.py),
    #: whose text alone cannot tell it from a day without its year
    month: bool = False


def parse_date_match(match: re.Match[str], note_date: dt.date | None) -> dt.date | None:
    """The date a :data:`DATE` match names (None when impossible, or yearless with no note
    date)."""
    g = match.groups()
    if g[0]:
        return safe_date(int(g[0]), int(g[1]), int(g[2]))
    if g[3]:
        month, day = int(g[3]), int(g[4])
        if g[5]:
            return safe_date(_year(g[5], 0), month, day)
        return _yearless(month, day, note_date) if note_date else None
    if g[6]:
        month, day = MONTHS[g[6].lower().rstrip(".")], int(g[7])
        if g[8]:
            return safe_date(int(g[8]), month, day)
        return _yearless(month, day, note_date) if note_date else None
    if g[9]:
        return safe_date(_year(g[10].lstrip("'\u2019"), 0), MONTHS[g[9].lower().rstrip(".")], 1)
    if g[11]:
        return safe_date(int(g[12]), int(g[11]), 1)
    if g[13]:
        return safe_date(int(g[13]), 1, 1)
    return None
