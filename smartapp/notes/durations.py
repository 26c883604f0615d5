"""Durations in note text ("for 8 weeks", "x 3 months", "since March", "2 years ago") → days.

Regular expressions, not NLP: the phrasing is formulaic and a regex is exact about offsets.
"Since <month>" needs the note's date to become a number of days.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

UNIT_DAYS = {"day": 1, "week": 7, "wk": 7, "month": 30, "mo": 30, "year": 365, "yr": 365}
WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "several": 3,
    "a": 1,
    "an": 1,
}
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
NUMBER = r"(\d{1,3}(?:\.\d)?|" + "|".join(WORDS) + r")"
UNIT = r"(day|week|wk|month|mo|year|yr)s?\b"
LEAD = r"(?:for|x|over the (?:past|last)|past|last|of|in the (?:past|last))"
SPAN = re.compile(
    rf"\b{LEAD}\s+(?:the\s+)?{NUMBER}[\s-]+{UNIT}|\b{NUMBER}[\s-]+{UNIT}\s+(?:ago|of)\b",
    re.IGNORECASE,
)
SINCE = re.compile(
    r"\bsince\s+(?:(early|mid|late)[\s-]+)?("
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")\b\.?(?:\s+(\d{4}))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Duration:
    start: int
    end: int
    days: int


def _number(text: str) -> float:
    return float(text) if text[0].isdigit() else WORDS[text.lower()]


def find_durations(text: str, note_date: dt.date | None) -> list[Duration]:
    """Every duration phrase in ``text`` with its length in days."""
    found: list[Duration] = []
    for match in SPAN.finditer(text):
        number = match.group(1) or match.group(3)
        unit = (match.group(2) or match.group(4)).lower()
        days = int(_number(number) * UNIT_DAYS[unit])
        found.append(Duration(match.start(), match.end(), days))
    if note_date is not None:
        for match in SINCE.finditer(text):
            part, month, year = match.group(1), MONTHS[match.group(2).lower()], match.group(3)
            day = {"mid": 15, "late": 25}.get((part or "").lower(), 1)
            guess_year = int(year) if year else note_date.year
            since = dt.date(guess_year, month, day)
            if since > note_date and not year:  # "since March" written in January
                since = dt.date(guess_year - 1, month, day)
            if since <= note_date:
                found.append(Duration(match.start(), match.end(), (note_date - since).days))
    return sorted(found, key=lambda d: d.start)
