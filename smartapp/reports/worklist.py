"""The worklist query: one page of tracked requests for a filter (:mod:`.worklist_filter`), in
a sort order, as one plain Core statement on the table's columns.

The statements are built once per shape (the filters in use and the sort) and given the filter's
values at execution; the columns a page lists and the sort orders are defined here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Integer,
    Row,
    Text,
    bindparam,
    case,
    cast,
    func,
    insert,
    literal_column,
    select,
    union,
)
from sqlalchemy.orm import Query, Session

from .. import direct
from ..appeals.web.clocks import by_urgency
from ..identity import user_ref
from ..models import AuditEvent, Person, TrackedRequest
from ..people import carried_names
from .pickers import FACET_PAIRS, IN_USE, pairs

if TYPE_CHECKING:  # the filter module reads SORTS from here: only its type is needed
    from .worklist_filter import WorklistFilter

PAGE_SIZE = 50
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
#: The page's columns as :func:`run_query` reads them: the denial as its JSON text, not
#: decoded (fragments.worklist_rows keys a row by that text and decodes it only to render the
#: row; issue 19, stop 55). The ``due`` filter's rows, which work out clocks, read it decoded.
_READ = tuple(cast(column, Text).label(column.key) if column.key == "denial" else column
              for column in _LISTED)  # fmt: skip
SORTS: dict[str, tuple[Any, ...]] = {
    "updated": (_C.updated_at.desc(), _C.id.desc()),
    "oldest": (_C.updated_at.asc(), _C.id.asc()),
    "readiness": (_C.readiness.asc(), _C.id.asc()),
    "readiness_desc": (_C.readiness.desc(), _C.id.asc()),
    "patient": (_C.patient_name.asc(), _C.id.asc()),
    "status": (_C.status.asc(), _C.updated_at.desc()),
    "service": (_C.service_code.asc(), _C.updated_at.desc()),
}


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
            select(*_READ, every.scalar_subquery().label("total"), FACET_PAIRS.label("facets"))
            .where(*where)
            .order_by(*SORTS[sort])
            .offset(bindparam("offset"))
            .limit(bindparam("limit"))
        )
        found = _PAGES[(names, sort)] = (page, every)  # a few dozen shapes at most in use
    return found


#: The view event's columns bound as values (its ``detail`` is built by the statement).
_EVENT = AuditEvent.__table__
_BOUND = ("at", "actor", "role", "action")
_PEOPLE = Person.__table__.c


def _tail(value: Any) -> Any:
    """``identity.user_ref`` in SQL (PostgreSQL): the last two ``/`` parts of the text without
    its trailing slashes, or the text itself when that has no ``/``. Only which names the page
    statement looks up depends on it: a name it did not look up is read as before."""
    slash = literal_column("'/'")
    trimmed = func.rtrim(value, slash)
    return case((func.strpos(trimmed, slash) > 0,
                 func.substring(trimmed, literal_column("'[^/]*/[^/]*$'"))),
                else_=value)  # fmt: skip


def _names_looked_up() -> Any:
    """(identity, name or None) of the viewer (``viewer``, ``viewer_ref``) and of every assignee
    in use and its ``Type/id`` tail -- the people a worklist page names -- as one JSON text."""
    assignees = select(IN_USE.c.value.label("identity")).where(IN_USE.c.facet == "assignees")
    tails = select(_tail(IN_USE.c.value)).where(IN_USE.c.facet == "assignees")
    viewer = [select(cast(bindparam(name), Text)) for name in ("viewer", "viewer_ref")]
    looked = union(assignees, tails, *viewer).subquery()
    return (select(pairs(looked.c.identity, _PEOPLE.name))
            .select_from(looked.outerjoin(Person.__table__,
                                          _PEOPLE.identity == looked.c.identity))
            .scalar_subquery())  # fmt: skip


def _viewed(names: tuple[str, ...], sort: str) -> Any:
    """The page statement on PostgreSQL with the view's event written in its WITH (its detail,
    ``{"results": total, "page": n}``, built from the same count) and the names the page shows
    in a ``names`` column: the worklist's view in one round trip after the session's row."""
    found = _PAGES.get((names, sort, "viewed"))
    if found is None:
        page, every = _statements(names, sort)
        detail = func.json_build_object(literal_column("'results'"), every.scalar_subquery(),
                                        literal_column("'page'"),
                                        cast(bindparam("written_page"), Integer))  # fmt: skip
        values = {name: bindparam("written_" + name, type_=_EVENT.c[name].type) for name in _BOUND}
        write = insert(_EVENT).values(**values, detail=cast(detail, JSON)).cte("written")
        viewed = page.add_columns(_names_looked_up().label("names")).add_cte(write)
        found = _PAGES[(names, sort, "viewed")] = (viewed, every)
    return found[0]


def run_viewed(spec: WorklistFilter, me: str, viewer: str,
               event: dict[str, Any]) -> tuple[list[Row[Any]], int, list[Any] | None]:  # fmt: skip
    """:func:`run_query` for a worklist view, with the view's event (``event``: the values of
    ``audit.view_event`` but its detail) written and the names the page shows looked up by the
    page statement on PostgreSQL (issue 19, stop 57: one round trip fewer a view). Returns the
    rows, the total and the looked-up names (``people.carried_names``), or None when the event
    was not written: SQLite (no round trip to save) and the ``due`` filter, as before."""
    connection = direct.connection()
    if spec.due or connection.dialect.name != "postgresql":
        rows, total = run_query(None, spec, me)
        return rows, total, None
    _page, every, values = page_statement(spec, me)
    statement = _viewed(tuple(name for name in _values(spec, me)), spec.sort)
    bound = {**values, "viewer": viewer, "viewer_ref": user_ref(viewer),
             "written_page": spec.page, **{"written_" + name: event[name] for name in _BOUND}}
    rows = direct.named(statement, bound, connection)
    if rows:
        return rows, rows[0].total, carried_names(rows[0].names)
    if spec.page == 1:
        return rows, 0, []
    return rows, direct.rows(every, values, connection)[0][0], []


def filtered(db: Session, spec: WorklistFilter, me: str) -> Query[TrackedRequest]:
    """The requests the filter selects (every filter but ``due``, which needs computed clocks)."""
    return db.query(TrackedRequest).filter(*conditions(spec, me))


def run_query(db: Session | None, spec: WorklistFilter, me: str) -> tuple[list[Row[Any]], int]:
    """One page of matching requests (the listed columns), and how many match in all.

    Every worklist view runs this, so it is one plain Core statement on the table's columns (no
    ORM compilation or loading: the page only reads the rows) and one round trip: the total
    rides along as a scalar subquery, computed once by the database. (A ``count(*) OVER ()``
    window did the same in one statement but made SQLite materialise every matching row, all
    fourteen columns, before the LIMIT: ~1.5 ms of a 500-request worklist, issue 19.) Only a
    page past the end needs a separate count. The pickers' values ride along the same way, in
    each row's ``facets`` (:func:`smartapp.reports.pickers.facets_of` reads them). The rows'
    ``denial`` is its JSON text (:data:`_READ`), but for the ``due`` filter's, which is decoded.
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
