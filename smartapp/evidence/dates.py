"""FHIR date / dateTime / instant strings → ``datetime.date`` (day precision is all rules need)."""

from __future__ import annotations

from datetime import date
from typing import Any

MIN_YEAR, MAX_YEAR = 1800, 2200


def parse_date(value: Any) -> date | None:
    """FHIR date/dateTime/instant → date (year or year-month precision → first day)."""
    if not isinstance(value, str) or len(value) < 4:
        return None
    text = value[:10]
    if len(text) == 4:
        text += "-01-01"
    elif len(text) == 7:
        text += "-01"
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        return None
    # Year 0001 or 9999 is a data error, and date arithmetic around it overflows: not a date.
    return parsed if MIN_YEAR <= parsed.year <= MAX_YEAR else None


def first_date(resource: dict, *paths: str) -> date | None:
    """Return the first parseable date among dotted paths (``onsetPeriod.start``)."""
    for path in paths:
        value: Any = resource
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        parsed = parse_date(value)
        if parsed:
            return parsed
    return None
