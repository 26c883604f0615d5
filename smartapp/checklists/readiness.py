"""The readiness verdict over a report's items: the 0–100 number and the state (not_ready /
incomplete / ready) with its headline, one rule for every view (docs/checklists.md §5).

Split out of engine.py, which evaluates the items; engine.py still exports these names, since
most callers (and saved-report views) import them from there. Works on ItemResults and on the
item dicts of saved reports alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .engine import ItemResult

_POINTS = {"met": 1.0, "not_applicable": 1.0, "partial": 0.5}


def _facts(result: ItemResult | Mapping[str, Any]) -> tuple[bool, str]:
    """(required, status) of an ItemResult or of a report item dict (saved reports are dicts)."""
    if isinstance(result, Mapping):
        return bool(result.get("required")), str(result.get("status") or "unknown")
    return result.required, result.status


def readiness(results: Iterable[ItemResult | Mapping[str, Any]]) -> int:
    """0–100 over **all** required items: met and not_applicable 1, partial ½, missing and
    unknown 0 (docs/checklists.md §5).

    Unknown counts 0 rather than being left out, so withholding data can never raise the number;
    not_applicable counts as satisfied rather than being left out for the same reason: an item
    whose ``applies_when`` exception can no longer be seen is evaluated instead, and can then
    score at most what not_applicable scored. 100 when the checklist has no required item.
    """
    required = [status for needed, status in map(_facts, results) if needed]
    if not required:
        return 100
    points = sum(_POINTS.get(status, 0.0) for status in required)
    return round(100 * points / len(required))


#: Readiness states, worst first (what ``smartapp score --fail-on`` compares).
STATES = ("not_ready", "incomplete", "ready")


@dataclass(frozen=True)
class Readiness:
    """The one readiness verdict every view shows: the number, the state and its headline."""

    number: int
    state: str  # not_ready | incomplete | ready
    headline: str  # "Not ready: 2 required gaps", "Incomplete: …", "Ready to submit"
    required: int
    gaps: int  # required items missing or partial
    unknown: int  # required items that could not be checked
    recommended_open: int  # recommended items not met (missing, partial or unknown)
    notes_unread: int = 0  # notes inside the checklist's windows that could not be read

    def as_dict(self) -> dict[str, Any]:
        """The counts as the report JSON carries them (``readiness_detail``)."""
        return {
            "required": self.required,
            "required_gaps": self.gaps,
            "could_not_check": self.unknown,
            "recommended_open": self.recommended_open,
            "notes_unread": self.notes_unread,
        }


def notes_unread(report: Mapping[str, Any]) -> int:
    """How many notes inside the checklist's windows a scored report could not read (0 for
    reports saved before the count was kept)."""
    detail = report.get("readiness_detail") or {}
    return int(detail.get("notes_unread") or 0)


def readiness_state(
    results: Iterable[ItemResult | Mapping[str, Any]], notes_unread: int = 0
) -> Readiness:
    """The readiness rule (docs/checklists.md §5): ``not_ready`` when any required item is
    missing or partial; else ``incomplete`` when any required item is unknown (could not be
    checked: never "Ready to submit") or when ``notes_unread`` notes inside the checklist's
    windows could not be read; else ``ready`` — headed "Almost ready" when some recommended item
    is not met, "Ready to submit" otherwise.

    Why unread notes hold "ready" back even with every item met: a note can take evidence away
    as well as give it (an order "stopped per pt", a course of care it dates later or shorter, a
    test it says was of the other side), so an item met on coded data or on other notes may be
    one an unread note contradicts; a reviewer who has not read it cannot call the record ready
    (bench/unread.py, invariant c). The number is unchanged: it scores the items."""
    facts = [_facts(result) for result in results]
    required = [status for needed, status in facts if needed]
    gaps = sum(status in ("missing", "partial") for status in required)
    unknown = sum(status == "unknown" for status in required)
    recommended_open = sum(
        status in ("missing", "partial", "unknown") for needed, status in facts if not needed
    )
    if gaps:
        state = "not_ready"
        headline = f"Not ready: {gaps} required gap{'' if gaps == 1 else 's'}"
        if unknown:
            headline += f", {unknown} could not be checked"
    elif unknown:
        state = "incomplete"
        headline = (
            f"Incomplete: {unknown} required item{' ' if unknown == 1 else 's '}"
            "could not be checked"
        )
    elif notes_unread:
        state = "incomplete"
        headline = (
            f"Incomplete: {notes_unread} note{' ' if notes_unread == 1 else 's '}"
            "could not be read"
        )
    else:
        state = "ready"
        headline = "Almost ready" if recommended_open else "Ready to submit"
    number = readiness([{"required": True, "status": status} for status in required])
    return Readiness(number, state, headline, len(required), gaps, unknown, recommended_open,
                     notes_unread)  # fmt: skip


def report_readiness(report: Mapping[str, Any]) -> Readiness:
    """The verdict of a scored or saved report: its items and the notes it could not read,
    recomputed so reports saved before the rule changed read the same as new ones."""
    return readiness_state(report.get("items") or [], notes_unread(report))
