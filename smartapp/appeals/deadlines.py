"""What the appeal clocks answer (:func:`.clocks.compute_deadlines`): one :class:`Deadline` per
running clock and the :class:`DeadlineReport` of a denial, with their JSON forms -- the
``deadlines`` part of a packet (docs/appeals.md lists the shapes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class Deadline:
    """One clock for one denial: what, by when, who acts, how sure we are of the rule."""

    rule_id: str
    name: str
    party: str  # "provider" (file, call) | "caresource" (decide)
    due: date | datetime
    starts_from: str
    start: date | datetime
    days_left: int
    overdue: bool
    verified: bool
    source: dict[str, str]
    rule: str  # "60 calendar days from the notice date (no roll)"
    note: str = ""
    hours_left: float | None = None
    see_also: tuple[dict[str, str], ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (``due`` is a date, or a date-time for hour clocks)."""
        return {
            "rule_id": self.rule_id,
            "name": self.name,
            "party": self.party,
            "due": self.due.isoformat(),
            "starts_from": self.starts_from,
            "start": self.start.isoformat(),
            "days_left": self.days_left,
            "hours_left": self.hours_left,
            "overdue": self.overdue,
            "verified": self.verified,
            "rule": self.rule,
            "note": self.note,
            "source": dict(self.source),
            "see_also": [dict(s) for s in self.see_also],
        }


@dataclass(frozen=True)
class DeadlineReport:
    """Every running clock for a denial, the next one, and what could not be computed."""

    as_of: date | datetime
    deadlines: tuple[Deadline, ...]
    next: Deadline | None
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form (the ``deadlines`` part of a packet)."""
        return {
            "as_of": self.as_of.isoformat(),
            "deadlines": [d.as_dict() for d in self.deadlines],
            "next": self.next.as_dict() if self.next else None,
            "warnings": list(self.warnings),
        }
