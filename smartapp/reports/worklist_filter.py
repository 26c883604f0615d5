"""The worklist's filter, read from the URL: which requests, which sort, which page.

Filters are plain query parameters so a coordinator can bookmark or share a view
(``/worklist?status=open&status=in_progress&topic=dme&max_readiness=80&sort=readiness``).
Bad values are ignored with a note, never an error page: a stale bookmark should still open.
The query that runs a filter is :mod:`.worklist`; the dashboard reads the same filter.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from werkzeug.datastructures import MultiDict

from ..appeals.web.clocks import DUE_FILTERS
from ..models import WORKFLOW
from .worklist import SORTS

#: Bounds of the URL's numbers and dates: beyond them a value is ignored with a note (a huge
#: ``page`` overflowed the database's integer, a 9999 date the day arithmetic).
MAX_PAGE = 100_000
FIRST_DAY, LAST_DAY = dt.date(2000, 1, 1), dt.date(2099, 12, 31)
#: Readiness states a coordinator can filter by, with their column labels (engine.STATES).
READINESS_STATES = {"not_ready": "Not ready", "incomplete": "Incomplete", "ready": "Ready"}


@dataclass
class WorklistFilter:
    statuses: list[str] = field(default_factory=list)
    #: Readiness states (READINESS_STATES keys): incomplete = required items not checked
    readiness: list[str] = field(default_factory=list)
    topic: str = ""
    service: str = ""
    min_readiness: int | None = None
    max_readiness: int | None = None
    updated_from: dt.date | None = None
    updated_to: dt.date | None = None
    assignee: str = ""
    patient: str = ""
    #: Denied requests by their next appeal deadline: overdue | week | urgent (appeals.web.clocks)
    due: str = ""
    sort: str = "updated"
    page: int = 1
    ignored: list[str] = field(default_factory=list)

    def active(self) -> bool:
        return bool(self.statuses or self.readiness or self.topic or self.service
                    or self.assignee or self.patient
                    or self.min_readiness is not None or self.max_readiness is not None
                    or self.updated_from or self.updated_to or self.due)  # fmt: skip


def _int(args: MultiDict[str, str], name: str, ignored: list[str]) -> int | None:
    value = args.get(name, "").strip()
    if not value:
        return None
    if value.isdigit() and 0 <= int(value) <= 100:
        return int(value)
    ignored.append(name)
    return None


def _date(args: MultiDict[str, str], name: str, ignored: list[str]) -> dt.date | None:
    value = args.get(name, "").strip()
    if not value:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        ignored.append(name)
        return None
    if not FIRST_DAY <= day <= LAST_DAY:  # 9999-12-31 + 1 day overflows
        ignored.append(f"{name} (dates from {FIRST_DAY} to {LAST_DAY})")
        return None
    return day


def _page(args: MultiDict[str, str], ignored: list[str]) -> int:
    value = args.get("page", "1").strip() or "1"
    if value.isdigit() and 1 <= int(value) <= MAX_PAGE:
        return int(value)
    ignored.append(f"page (1 to {MAX_PAGE:,})")
    return 1


def parse_filter(args: MultiDict[str, str]) -> WorklistFilter:
    """Read the filter from query parameters; unusable values are listed in ``ignored``."""
    ignored: list[str] = []
    statuses = [s for s in args.getlist("status") if s in WORKFLOW]
    if len(statuses) != len([s for s in args.getlist("status") if s]):
        ignored.append("status")
    states = [s for s in args.getlist("readiness") if s in READINESS_STATES]
    if len(states) != len([s for s in args.getlist("readiness") if s]):
        ignored.append("readiness")
    sort = args.get("sort", "updated")
    if sort not in SORTS:
        ignored.append("sort")
        sort = "updated"
    due = args.get("due", "").strip()
    if due and due not in DUE_FILTERS:
        ignored.append("due")
    return WorklistFilter(
        statuses=statuses,
        readiness=states,
        topic=args.get("topic", "").strip()[:64],
        service=args.get("service", "").strip().upper()[:16],
        min_readiness=_int(args, "min_readiness", ignored),
        max_readiness=_int(args, "max_readiness", ignored),
        updated_from=_date(args, "updated_from", ignored),
        updated_to=_date(args, "updated_to", ignored),
        assignee=args.get("assignee", "").strip()[:200],
        patient=args.get("patient", "").strip()[:100],
        due=due if due in DUE_FILTERS else "",
        sort=sort,
        page=_page(args, ignored),
        ignored=ignored,
    )
