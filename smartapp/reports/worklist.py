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
_TABLE = TrackedRequest.__table__
#: The columns the worklist shows (templates/reports/worklist.html).
LISTED = (
    TrackedRequest.id, TrackedRequest.patient_name, TrackedRequest.patient_ref,
    TrackedRequest.patient_birth_date, TrackedRequest.service_code, TrackedRequest.topic,
    TrackedRequest.status, TrackedRequest.denial, TrackedRequest.readiness,
    TrackedRequest.readiness_state, TrackedRequest.required_gaps, TrackedRequest.assignee,
    TrackedRequest.updated_at, TrackedRequest.source, TrackedRequest.latest_report_id,
)  # fmt: skip
#: The same columns of the table itself, for plain Core statements.
_LISTED = tuple(_TABLE.c[column.key] for column in LISTED)
_C = _TABLE.c
SORTS: dict[str, tuple[Any, ...]] = {
    "updated": (_C.updated_at.desc(), _C.id.desc()),
    "oldest": (_C.updated_at.asc(), _C.id.asc()),
    "readiness": (_C.readiness.asc(), _C.id.asc()),
    "readiness_desc": (_C.readiness.desc(), _C.id.asc()),
    "patient": (_C.patient_name.asc(), _C.id.asc()),
    "status": (_C.status.asc(), _C.updated_at.desc()),
    "service": (_C.service_code.asc(), _C.updated_at.desc()),
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


def conditions(spec: WorklistFilter, me: str) -> list[Any]:
    """The WHERE conditions of the filter (every one but ``due``, which needs computed clocks),
    on the table's columns: usable in an ORM query and in a plain Core statement alike."""
    c = _TABLE.c
    where: list[Any] = []
    if spec.statuses:
        where.append(c.status.in_(spec.statuses))
    if spec.readiness:
        where.append(c.readiness_state.in_(spec.readiness))
    if spec.topic:
        where.append(c.topic == spec.topic)
    if spec.service:
        where.append(c.service_code == spec.service)
    if spec.min_readiness is not None:
        where.append(c.readiness >= spec.min_readiness)
    if spec.max_readiness is not None:
        where.append(c.readiness <= spec.max_readiness)
    if spec.updated_from:
        start = dt.datetime.combine(spec.updated_from, dt.time.min, tzinfo=dt.UTC)
        where.append(c.updated_at >= start)
    if spec.updated_to:
        end = dt.datetime.combine(spec.updated_to + dt.timedelta(days=1), dt.time.min, dt.UTC)
        where.append(c.updated_at < end)
    if spec.assignee == "unassigned":
        where.append(c.assignee.is_(None))
    elif spec.assignee == "me":
        where.append(c.assignee == me)
    elif spec.assignee:
        where.append(c.assignee == spec.assignee)
    if spec.patient:
        pattern = "%" + spec.patient.lower().replace("%", "").replace("_", "") + "%"
        where.append(func.lower(c.patient_name).like(pattern))
    return where


def filtered(db: Session, spec: WorklistFilter, me: str) -> Query[TrackedRequest]:
    """The requests the filter selects (every filter but ``due``, which needs computed clocks)."""
    return db.query(TrackedRequest).filter(*conditions(spec, me))


def run_query(db: Session, spec: WorklistFilter, me: str) -> tuple[list[Row[Any]], int]:
    """One page of matching requests (the listed columns), and how many match in all.

    Every worklist view runs this, so it is one plain Core statement on the table's columns (no
    ORM compilation or loading: the page only reads the rows) and one round trip: the total
    rides along as a scalar subquery, computed once by the database. (A ``count(*) OVER ()``
    window did the same in one statement but made SQLite materialise every matching row, all
    fourteen columns, before the LIMIT: ~1.5 ms of a 500-request worklist, issue 19.) Only a
    page past the end needs a separate count.
    """
    where = conditions(spec, me)
    connection = db.connection()
    if spec.due:
        # Deadlines are computed, not stored: filter the denied requests in Python, most urgent
        # first (denied requests are few next to the whole worklist). Same column rows as below.
        denied = connection.execute(
            select(*_LISTED).where(*where, _TABLE.c.status == "denied")).all()  # fmt: skip
        due = by_urgency(denied, spec.due)  # type: ignore[arg-type]  # rows quack like requests
        return due[(spec.page - 1) * PAGE_SIZE : spec.page * PAGE_SIZE], len(due)  # type: ignore[return-value]
    every = select(func.count()).select_from(_TABLE).where(*where)
    rows = connection.execute(
        select(*_LISTED, every.scalar_subquery().label("total"))
        .where(*where)
        .order_by(*SORTS[spec.sort])
        .offset((spec.page - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
    ).all()
    if rows:
        return rows, rows[0].total
    if spec.page == 1:
        return rows, 0
    return rows, connection.execute(every).scalar_one()


def _in_use(facet: str, column: Any) -> Any:
    """The distinct non-empty values of ``column``, stepping through its index from one value to
    the next (a recursive query: one index seek per value, where DISTINCT read every row)."""
    # ORDER BY … LIMIT 1, not min(): SQLite reads min() over every entry past the value. Each
    # step a scalar subquery (NULL past the last value): SQLite takes no LIMIT in a bare term.
    def next_after(*where: Any) -> Any:
        return select(column).where(*where).order_by(column).limit(1).scalar_subquery()

    # From '' up: the pickers skip empty values, and ``IS NOT NULL`` would read every NULL
    # (unassigned requests) where ``> ''`` seeks.
    step = select(next_after(column > "").label("value")).cte(f"{facet}_in_use", recursive=True)
    after = next_after(column > step.c.value)
    step = step.union_all(select(after).where(step.c.value.is_not(None)))
    return select(literal(facet).label("facet"), step.c.value).where(step.c.value.is_not(None))


#: The filter pickers' values: one UNION ALL of the three lists, one round trip instead of
#: three (every worklist view runs it), built once (the statement never changes).
_FACET_COLUMNS = ("topics", "topic"), ("services", "service_code"), ("assignees", "assignee")
_FACETS = union_all(*(_in_use(name, _TABLE.c[column]) for name, column in _FACET_COLUMNS))


def facets(db: Session) -> dict[str, list[str]]:
    """Values the filter pickers offer: topics, services and assignees in use."""
    found: dict[str, list[str]] = {name: [] for name, _ in _FACET_COLUMNS}
    for facet, value in db.connection().execute(_FACETS):
        if value:
            found[facet].append(value)
    return {name: sorted(values) for name, values in found.items()}
