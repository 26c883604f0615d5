"""The worklist query: filters and sort orders over tracked requests, read from the URL.

Filters are plain query parameters so a coordinator can bookmark or share a view
(``/worklist?status=open&status=in_progress&topic=dme&max_readiness=80&sort=readiness``).
Bad values are ignored with a note, never an error page: a stale bookmark should still open.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Row, bindparam, func, select
from sqlalchemy.orm import Query, Session
from werkzeug.datastructures import MultiDict

from .. import direct
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
#: Each listed column's place in a worklist row (fragments.worklist_rows reads rows by position).
POSITION = {column.key: n for n, column in enumerate(LISTED)}
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


#: Each filter's test on the table's columns, given its value as a bind parameter.
_TESTS: dict[str, Callable[[Any], Any]] = {
    "statuses": lambda value: _C.status.in_(value),
    "states": lambda value: _C.readiness_state.in_(value),
    "topic": lambda value: _C.topic == value,
    "service": lambda value: _C.service_code == value,
    "min_readiness": lambda value: _C.readiness >= value,
    "max_readiness": lambda value: _C.readiness <= value,
    "updated_from": lambda value: _C.updated_at >= value,
    "updated_before": lambda value: _C.updated_at < value,
    "unassigned": lambda _: _C.assignee.is_(None),
    "assignee": lambda value: _C.assignee == value,
    "patient": lambda value: func.lower(_C.patient_name).like(value),
}
_LISTS = {"statuses", "states"}  # IN lists: one parameter expanded to the list's length


def _values(spec: WorklistFilter, me: str) -> dict[str, Any]:
    """The filter's values by test (:data:`_TESTS`; ``unassigned`` has none): every filter but
    ``due``, which needs computed clocks."""
    values: dict[str, Any] = {}
    if spec.statuses:
        values["statuses"] = spec.statuses
    if spec.readiness:
        values["states"] = spec.readiness
    if spec.topic:
        values["topic"] = spec.topic
    if spec.service:
        values["service"] = spec.service
    if spec.min_readiness is not None:
        values["min_readiness"] = spec.min_readiness
    if spec.max_readiness is not None:
        values["max_readiness"] = spec.max_readiness
    if spec.updated_from:
        values["updated_from"] = dt.datetime.combine(spec.updated_from, dt.time.min, dt.UTC)
    if spec.updated_to:
        values["updated_before"] = dt.datetime.combine(spec.updated_to + dt.timedelta(days=1),
                                                       dt.time.min, dt.UTC)  # fmt: skip
    if spec.assignee == "unassigned":
        values["unassigned"] = None
    elif spec.assignee:
        values["assignee"] = me if spec.assignee == "me" else spec.assignee
    if spec.patient:
        values["patient"] = "%" + spec.patient.lower().replace("%", "").replace("_", "") + "%"
    return values


def _where(names: Any, values: dict[str, Any] | None = None) -> list[Any]:
    """The tests of ``names``, with their ``values`` bound (else as parameters to fill)."""
    return [_TESTS[name](bindparam(name, **({"value": values[name]} if values else {}),
                                   expanding=name in _LISTS))
            for name in names]  # fmt: skip


def conditions(spec: WorklistFilter, me: str) -> list[Any]:
    """The WHERE conditions of the filter (every one but ``due``, which needs computed clocks),
    on the table's columns: usable in an ORM query and in a plain Core statement alike."""
    values = _values(spec, me)
    return _where(values, values)


#: The worklist's statements by the filters in use and the sort: built once each (building a
#: statement and its cache key cost more than running it, issue 19), values given at execution.
_PAGES: dict[tuple[Any, ...], tuple[Any, Any]] = {}


def _statements(names: tuple[str, ...], sort: str) -> tuple[Any, Any]:
    """(a page of rows with the total, the total alone) for the filters ``names``."""
    found = _PAGES.get((names, sort))
    if found is None:
        where = _where(names)
        every = select(func.count()).select_from(_TABLE).where(*where)
        page = (
            select(*_LISTED, every.scalar_subquery().label("total"))
            .where(*where)
            .order_by(*SORTS[sort])
            .offset(bindparam("offset"))
            .limit(bindparam("limit"))
        )
        found = _PAGES[(names, sort)] = (page, every)  # a few dozen shapes at most in use
    return found


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
    connection = direct.connection(db)
    if spec.due:
        # Deadlines are computed, not stored: filter the denied requests in Python, most urgent
        # first (denied requests are few next to the whole worklist). Same column rows as below.
        where = conditions(spec, me)
        denied = connection.execute(
            select(*_LISTED).where(*where, _TABLE.c.status == "denied")).all()  # fmt: skip
        due = by_urgency(denied, spec.due)  # type: ignore[arg-type]  # rows quack like requests
        return due[(spec.page - 1) * PAGE_SIZE : spec.page * PAGE_SIZE], len(due)  # type: ignore[return-value]
    page, every, values = page_statement(spec, me)
    # On the driver's cursor (smartapp.direct), as named tuples of the listed columns and total.
    rows = direct.named(page, values, connection)
    if rows:
        return rows, rows[0].total
    if spec.page == 1:
        return rows, 0
    return rows, direct.rows(every, values, connection)[0][0]


def page_statement(spec: WorklistFilter, me: str) -> tuple[Any, Any, dict[str, Any]]:
    """(the page's statement, the total's, their values) for a view without ``due`` -- the
    statements :func:`run_query` runs (tests read their query plans: migration 0014)."""
    values = _values(spec, me)
    page, every = _statements(tuple(values), spec.sort)
    values.pop("unassigned", None)  # a test without a value
    place = {"offset": (spec.page - 1) * PAGE_SIZE, "limit": PAGE_SIZE}
    return page, every, values | place
