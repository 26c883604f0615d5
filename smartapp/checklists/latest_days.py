"""The latest day an event dated only by its year or month can have been, for a criterion that
asks that none happened in a window (``latest_day: true``).

A partial date stands on its first day everywhere else: FHIR's convention for "2025" or
"2025-06" (evidence/dates.parse_date), a Procedure's ``performedString`` "2025"
(evidence/performed_when.py), a note's "Synvisc-One R knee 2025". In a lookback that is the
careful reading: care "PT 2025" counts inside a window only when its first day does
(test_s41k_year_alone_in_a_lookback.py). A minimum interval asks the reverse: HYA-006 wants no
hyaluronan series in the 6 months before a repeat (LCD L39260), and "had Synvisc in 2025" for
a repeat of March 2026 may have been given in December 2025. Read on 1 January it made the
interval look long enough (probed for session s64-g). An uncertain date must not: under
``latest_day`` the year or month also counts at its last day (never past the note it is written
in), so a year whose end falls in the window leaves the interval unshown. A symptom's
duration (``older_than_days``) is such an interval too: a problem-list onset of "2026" for a
March 2026 service may be February, so it counts from its last day (records._old_enough).
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from typing import Any

from ..evidence import Evidence
from ..evidence.performed_when import string_last
from .care_dates import month_end, year_only
from .finding_dates import finding_date

#: FHIR date fields a record's date comes from, in the order resources.py reads them.
_DATE_FIELDS = (
    "onsetDateTime",
    "performedDateTime",
    "occurrenceDateTime",
    "effectiveDateTime",
    "authoredOn",
)


def _fhir_last(value: str) -> date | None:
    """The last day a FHIR partial date covers: "2025" → 31 Dec, "2025-06" → 30 Jun."""
    try:
        if len(value) == 4:
            return date(int(value), 12, 31)
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            return date(year, month, monthrange(year, month)[1])
    except ValueError:
        return None
    return None


def latest_record_day(item: Evidence) -> date | None:
    """The last day a record's partial date covers, or None when it gives a whole date."""
    for field in _DATE_FIELDS:
        value = item.raw.get(field)
        if isinstance(value, str):
            return _fhir_last(value)
    if item.kind == "Condition":
        return string_last(item.raw, "onsetString")
    return string_last(item.raw)


def latest_finding_day(finding: Any, dates: dict[str, date | None]) -> date | None:
    """The last day a dated note finding's year or month covers (never past its note), or
    None when the statement gives its day."""
    written = dates.get(finding.note_ref)
    when = finding_date(finding, dates)
    if written is None or when is None or when != finding.when:
        return None  # dated by its note, or not at all: nothing uncertain to widen
    year = year_only(finding, None, written)
    if year is not None:
        return min(year[1], written)
    return month_end(finding, None, written, when)
