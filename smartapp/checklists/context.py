"""What one evaluation knows besides the checklist: the record, dates, the requested service.

Also the shared result type of every criterion, so operators stay small pure functions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from ..evidence import PatientRecord, parse_date
from .codelist import CodeList

MAX_EVIDENCE = 5


@dataclass(frozen=True)
class Context:
    """Inputs of one evaluation. ``anchor`` is the service date when known, else ``as_of``."""

    record: PatientRecord
    as_of: date
    anchor: date
    service_system: str
    service_code: str
    request: dict[str, Any] | None
    diagnoses: CodeList

    def window(self, within_days: int | None) -> tuple[date | None, date]:
        """[anchor − N days, as_of]; evidence after ``as_of`` never counts."""
        low = self.anchor - timedelta(days=within_days) if within_days else None
        return low, self.as_of

    def window_text(self, within_days: int | None) -> str:
        """How the window reads in a result sentence."""
        if not within_days:
            return f"up to {self.as_of.isoformat()}"
        return f"within {within_days} days before {self.anchor.isoformat()}"


@dataclass
class Outcome:
    """A criterion's result: status, cited evidence, and what was searched (or why partial)."""

    status: str
    evidence: list[dict[str, str]] = field(default_factory=list)
    searched: str = ""


def cite(reference: str, snippet: str) -> dict[str, str]:
    """One evidence citation."""
    return {"reference": reference, "snippet": snippet[:200]}


def request_date(request: dict[str, Any] | None) -> date | None:
    """ServiceRequest/DeviceRequest occurrence[x] as a date (Timing → first event)."""
    if not request:
        return None
    for key in ("occurrenceDateTime",):
        if parse_date(request.get(key)):
            return parse_date(request.get(key))
    period = request.get("occurrencePeriod") or {}
    if parse_date(period.get("start")):
        return parse_date(period.get("start"))
    events = (request.get("occurrenceTiming") or {}).get("event") or []
    return parse_date(events[0]) if events else None
