"""The worklist query: filters and sort orders over tracked requests, read from the URL.

Filters are plain query parameters so a coordinator can bookmark or share a view
(``/worklist?status=open&status=in_progress&topic=dme&max_readiness=80&sort=readiness``).
Bad values are ignored with a note, never an error page: a stale bookmark should still open.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, func, literal, select, union_all
from sqlalchemy.orm import Query, Session
from werkzeug.datastructures import MultiDict

from ..appeals.web.clocks import DUE_FILTERS, by_urgency
from ..models import WORKFLOW, TrackedRequest

PAGE_SIZE = 50
#: Bounds of the URL's numbers and dates: beyond them a value is ignored with a note (a huge
#: ``page`` overflowed the database's integer, a 9999 date the day arithmetic).
MAX_PAGE = 100_000
FIRST_DAY, LAST_DAY = dt.date(2000, 1, 1), dt.date(2099, 12, 31)
#: Readiness states a coordinator can filter by, with their column labels (engine.STATES).
READINESS_STATES = {"not_ready": "Not ready", "incomplete": "Incomplete", "ready": "Ready"}
#: The columns the worklist shows (templates/reports/worklist.html).
LISTED = (
    TrackedRequest.id, TrackedRequest.patient_name, TrackedRequest.patient_ref,
    TrackedRequest.patient_birth_date, TrackedRequest.service_code, TrackedRequest.topic,
    TrackedRequest.status, TrackedRequest.denial, TrackedRequest.readiness,
    TrackedRequest.readiness_state, TrackedRequest.required_gaps, TrackedRequest.assignee,
    TrackedRequest.updated_at, TrackedRequest.source, TrackedRequest.latest_report_id,
)  # fmt: skip
SORTS: dict[str, tuple[Any, ...]] = {
    "updated": (TrackedRequest.updated_at.desc(), TrackedRequest.id.desc()),
    "oldest": (TrackedRequest.updated_at.asc(), TrackedRequest.id.asc()),
    "readiness": (TrackedRequest.readiness.asc(), TrackedRequest.id.asc()),
    "readiness_desc": (TrackedRequest.readiness.desc(), TrackedRequest.id.asc()),
    "patient": (TrackedRequest.patient_name.asc(), TrackedRequest.id.asc()),
    "status": (TrackedRequest.status.asc(), TrackedRequest.updated_at.desc()),
    "service": (TrackedRequest.service_code.asc(), TrackedRequest.updated_at.desc()),
}


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


def filtered(db: Session, spec: WorklistFilter, me: str) -> Query[TrackedRequest]:
    """The requests the filter selects (every filter but ``due``, which needs computed clocks)."""
    query = db.query(TrackedRequest)
    if spec.statuses:
        query = query.filter(TrackedRequest.status.in_(spec.statuses))
    if spec.readiness:
        query = query.filter(TrackedRequest.readiness_state.in_(spec.readiness))
    if spec.topic:
        query = query.filter(TrackedRequest.topic == spec.topic)
    if spec.service:
        query = query.filter(TrackedRequest.service_code == spec.service)
    if spec.min_readiness is not None:
        query = query.filter(TrackedRequest.readiness >= spec.min_readiness)
    if spec.max_readiness is not None:
        query = query.filter(TrackedRequest.readiness <= spec.max_readiness)
    if spec.updated_from:
        start = dt.datetime.combine(spec.updated_from, dt.time.min, tzinfo=dt.UTC)
        query = query.filter(TrackedRequest.updated_at >= start)
    if spec.updated_to:
        end = dt.datetime.combine(spec.updated_to + dt.timedelta(days=1), dt.time.min, dt.UTC)
        query = query.filter(TrackedRequest.updated_at < end)
    if spec.assignee == "unassigned":
        query = query.filter(TrackedRequest.assignee.is_(None))
    elif spec.assignee == "me":
        query = query.filter(TrackedRequest.assignee == me)
    elif spec.assignee:
        query = query.filter(TrackedRequest.assignee == spec.assignee)
    if spec.patient:
        pattern = "%" + spec.patient.lower().replace("%", "").replace("_", "") + "%"
        query = query.filter(func.lower(TrackedRequest.patient_name).like(pattern))
    return query


def run_query(db: Session, spec: WorklistFilter, me: str) -> tuple[list[Row[Any]], int]:
    """One page of matching requests (the listed columns), and how many match in all.

    Every worklist view runs this, so it is one statement: the total rides along as a window
    count, and rows are plain column tuples rather than tracked ORM objects (the page only
    reads them). Only a page past the end needs a separate count.
    """
    query = filtered(db, spec, me)
    if spec.due:
        # Deadlines are computed, not stored: filter the denied requests in Python, most urgent
        # first (denied requests are few next to the whole worklist). Same column rows as below.
        denied = query.filter(TrackedRequest.status == "denied").with_entities(*LISTED).all()
        due = by_urgency(denied, spec.due)  # type: ignore[arg-type]  # rows quack like requests
        return due[(spec.page - 1) * PAGE_SIZE : spec.page * PAGE_SIZE], len(due)  # type: ignore[return-value]
    rows = (
        query.with_entities(*LISTED, func.count().over().label("total"))
        .order_by(*SORTS[spec.sort])
        .offset((spec.page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .all()
    )
    if rows:
        return rows, rows[0].total
    return rows, query.count() if spec.page > 1 else 0


def facets(db: Session) -> dict[str, list[str]]:
    """Values the filter pickers offer: topics, services and assignees in use.

    One UNION ALL of the three DISTINCT lists: one round trip instead of three (every
    worklist view runs it).
    """
    columns = {"topics": TrackedRequest.topic, "services": TrackedRequest.service_code,
               "assignees": TrackedRequest.assignee}  # fmt: skip
    lists = union_all(*(select(literal(name).label("facet"), column.label("value")).distinct()
                        for name, column in columns.items()))  # fmt: skip
    found: dict[str, list[str]] = {name: [] for name in columns}
    for facet, value in db.execute(lists):
        if value:
            found[facet].append(value)
    return {name: sorted(values) for name, values in found.items()}
