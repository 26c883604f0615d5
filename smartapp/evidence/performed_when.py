"""When a Procedure was done, where it is no FHIR date: ``performedString``, ``performedAge``,
``performedRange`` (FHIR R4 ``performed[x]``; resources.py reads the dateTime and Period); and
when a Condition began, told as ``onsetString``.

Epic and Oracle Health send patient-reported history (Past Surgical History) as
``performedString``: "11/18/2025", "March 2024", "2023". Read as undated, such a prior knee
injection, surgery or sleep study counted nowhere a date matters (blind wave 62, HZ/hya-02:
Synvisc-One "11/18/2025"). A string that honestly states one date is that date, read as a
note's date is (notes/written_dates.py) and with FHIR's own convention for a partial date
(dates.parse_date): a month alone is its first day, a year alone its 1st of January, so a year
counts inside a lookback window only when its first day does. A season of a year ("Fall
2025", "spring of 2024") is its first month's first day, as a month alone is: left undated, a
Synvisc-One series of "Fall 2025" was no prior series at all and HYA-006 (6 months since the last
one) did not apply to a repeat of March 2026 (probed for session s64-g). A vague time ("in
childhood", "years ago", "unknown", "winter 2025", which may be two years', "11/18" with no
year) or a span ("10/2025 - 12/2025, 18 visits") is no one date and stays undated.

A Condition's ``onsetString`` is read the same way (:func:`onset_stated`): a problem list
entry "Spinal stenosis, lumbar", onset "2025-06", no other date, was undated, so no symptom
duration at all (blind wave 63, IF/spinal-injections-03: "Leg symptoms since ~June 2025"). A
FHIR date typed into the string ("2025-06") is read as FHIR reads it.

An age is a date only against the patient's birth date: age 45 is the first day of the 46th
year of life (its earliest, as for a year alone); a range of ages is its low end. Without a
birth date, or in units other than years, it stays undated.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from .. import lazy_re
from ..notes.calendar_days import safe_date
from ..notes.seasons import YEAR_SEASON, season_days
from ..notes.written_dates import DATE, MONTH_PATTERN, parse_date_match
from .dates import parse_date
from .shapes import as_dict, as_str, number, reference

#: Words that hedge a stated date without taking it back: "approx 2019", "~March 2024".
_HEDGE = lazy_re.compile(r"^\s*(?:approx(?:imately)?\.?|about|around|circa|ca\.|c\.|~)\s*", re.I)
#: A stated date with no day: a year alone, or a month of a year ("March 2024", "3/2024").
_YEAR_ALONE = lazy_re.compile(r"\d{4}")
_MONTH_ALONE = lazy_re.compile(
    rf"(?:{MONTH_PATTERN})\.?,?\s+\d{{4}}|\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}", re.IGNORECASE
)
#: A FHIR date typed as text: "2025-06", "2025-06-14".
_FHIR_DATE = lazy_re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
#: A season of a year: "Fall 2025", "spring of 2024" (not winter, which spans two years).
_SEASON_YEAR = lazy_re.compile(rf"({YEAR_SEASON})\s+(?:of\s+)?(\d{{4}})", re.IGNORECASE)
#: Units of an age in years (UCUM "a", and as EHRs write it).
_YEARS = frozenset({"a", "yr", "yrs", "year", "years", "y"})


def _season(text: str) -> tuple[date, date] | None:
    """The first and last day of the season of a year ``text`` states, else None."""
    match = _SEASON_YEAR.fullmatch(_HEDGE.sub("", text.strip().rstrip(".")))
    return season_days(int(match.group(2)), match.group(1)) if match else None


def _stated(text: str) -> date | None:
    """The one date ``text`` states as all it says (a hedge before it allowed), else None."""
    if season := _season(text):
        return season[0]
    text = _HEDGE.sub("", text.strip().rstrip("."))
    if _FHIR_DATE.fullmatch(text):
        return parse_date(text)
    match = DATE.fullmatch(text)
    # No note date: a date with no year ("11/18") anchors to nothing, so it dates nothing.
    return parse_date_match(match, None) if match else None


def _age_day(age: object, born: date | None) -> date | None:
    quantity = as_dict(age)
    years = number(quantity.get("value"))
    unit = as_str(quantity.get("unit") or quantity.get("code")).lower()
    if born is None or years is None or unit not in _YEARS or not 0 <= years < 130:
        return None
    year = born.year + int(years)
    # Born on 29 February: the birthday of a common year is the 28th.
    return safe_date(year, born.month, born.day) or safe_date(year, born.month, 28)


def onset_stated(resource: dict) -> date | None:
    """The day a Condition's ``onsetString`` states as all it says, or None."""
    written = resource.get("onsetString")
    return _stated(written) if isinstance(written, str) else None


def string_last(resource: dict, field: str = "performedString") -> date | None:
    """The last day a ``performedString`` (or ``onsetString``) of a year, a season or a month
    alone covers ("2025": 31 December; "Fall 2025": 30 November; "March 2024", "2024-03": 31
    March), or None for a whole date or none. Only a criterion that asks for no such event in a
    window, or for a duration, reads it (checklists/latest_days.py)."""
    written = resource.get(field)
    first = _stated(written) if isinstance(written, str) else None
    if first is None:
        return None
    if season := _season(str(written)):
        return season[1]
    text = _HEDGE.sub("", str(written).strip().rstrip("."))
    if _YEAR_ALONE.fullmatch(text):
        return date(first.year, 12, 31)
    if _MONTH_ALONE.fullmatch(text):
        return first.replace(day=monthrange(first.year, first.month)[1])
    return None


def performed_otherwise(resource: dict, index: dict) -> date | None:
    """The day a Procedure's ``performedString``, ``performedAge`` or ``performedRange``
    states (see the module docstring), or None."""
    written = resource.get("performedString")
    if isinstance(written, str):
        return _stated(written)
    if "performedAge" not in resource and "performedRange" not in resource:
        return None
    patient = as_dict(index.get(reference(resource.get("subject"))))
    born = parse_date(patient.get("birthDate"))
    if "performedAge" in resource:
        return _age_day(resource.get("performedAge"), born)
    return _age_day(as_dict(resource.get("performedRange")).get("low"), born)
