"""The coordinator dashboard's numbers: one SQL statement per chart at most (the two gap charts
share one), over the requests the worklist's filter selects (same query parameters, same meaning).

- requests by workflow status and readiness state;
- required elements missing (or partly documented) in each request's current report, by service
  and by ordering clinician — read out of the saved report's JSON items in SQL (SQLite's
  ``json_each``, PostgreSQL's ``json_array_elements``), leaving out items people overrode;
- denials by month of denial, with their category and where the appeal ended up;
- the next appeal deadline of each open denial (deadlines are computed from the denial, not
  stored: one query reads the denied requests, :mod:`smartapp.appeals.web.clocks` does the rest).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, and_, case, column, distinct, exists, func, or_, true
from sqlalchemy.orm import Query, Session

from ..appeals.web.clocks import Clock, clock_of, matches_due
from ..models import ItemOverride, SavedReport, TrackedRequest
from ..reports.worklist import LISTED, filtered
from ..reports.worklist_filter import WorklistFilter

#: Where a denied request's appeal ended up (request status and denial stage), in order.
OUTCOMES = {
    "open": "Appeal open",
    "upheld": "Denial upheld",
    "approved": "Approved after appeal",
    "closed": "Closed without approval",
}
#: The gaps the readiness rule counts (docs/checklists.md §5): a required item missing or partial.
GAP_STATUSES = ("missing", "partial")
#: What a group is called when the row has no value (SQL NULL sorts differently per backend).
NO_DATE = NO_CATEGORY = NO_REQUESTER = ""


def scoped(db: Session, spec: WorklistFilter, me: str, as_of: dt.date) -> Query[TrackedRequest]:
    """The requests the filter selects; the ``due`` filter (deadlines are computed on ``as_of``,
    not stored) as the worklist applies it, to the denied requests."""
    query = filtered(db, spec, me)
    if spec.due:
        denied = query.filter(TrackedRequest.status == "denied").with_entities(*LISTED).all()
        clocks = (clock_of(row, as_of) for row in denied)  # type: ignore[arg-type]
        query = query.filter(TrackedRequest.id.in_([c.tracked.id for c in clocks
                                                     if matches_due(c, spec.due)]))  # fmt: skip
    return query


def by_status(query: Query[TrackedRequest]) -> dict[tuple[str, str], int]:
    """(status, readiness state) → number of requests."""
    rows = query.with_entities(TrackedRequest.status, TrackedRequest.readiness_state,
                               func.count()).group_by(TrackedRequest.status,
                                                      TrackedRequest.readiness_state)  # fmt: skip
    return {(status, state): count for status, state, count in rows}


def _items(db: Session) -> Any:
    """The current report's items as rows with one JSON ``value`` each (dialect's function)."""
    if db.get_bind().dialect.name == "postgresql":
        rows = func.json_array_elements(SavedReport.report["items"])
    else:
        rows = func.json_each(SavedReport.report, "$.items")
    return rows.table_valued(column("value", JSON)).alias("item")


@dataclass(frozen=True)
class Gap:
    """Requests of one service and ordering clinician missing one required element."""

    service: str
    requester: str  # the ordering clinician's name, or NO_REQUESTER
    element: str
    requests: int


def missing_elements(db: Session, query: Query[TrackedRequest]) -> list[Gap]:
    """Every required element missing or partial in a request's current report, counted by
    service, ordering clinician and element. Items with a standing override ("documented here",
    "does not apply") are not gaps.

    One statement serves both gap charts: a request has one service and one ordering clinician
    (its current report's), so summing these counts over either is exact. Only requests whose
    stored count of required gaps is above zero are opened (that count is the same rule, kept
    up to date on every save and override), which spares reading ready requests' reports."""
    item = _items(db)
    overridden = exists().where(
        ItemOverride.withdrawn_at.is_(None),
        ItemOverride.item_id == item.c.value["id"].as_string(),
        or_(and_(SavedReport.run_id.is_not(None), ItemOverride.run_id == SavedReport.run_id),
            and_(SavedReport.run_id.is_(None), ItemOverride.report_id == SavedReport.id)),
    )  # fmt: skip
    requester = func.coalesce(SavedReport.report[("order", "requester")].as_string(), NO_REQUESTER)
    element = item.c.value["element"].as_string()
    requests = func.count(distinct(TrackedRequest.id))
    rows = (
        query.filter(TrackedRequest.required_gaps > 0)
        .join(SavedReport, SavedReport.id == TrackedRequest.latest_report_id)
        .join(item, true())
        .filter(
            item.c.value["required"].as_boolean(),
            item.c.value["status"].as_string().in_(GAP_STATUSES),
            ~overridden,
        )
        .with_entities(
            TrackedRequest.service_code,
            requester.label("requester"),
            element.label("element"),
            requests.label("n"),
        )
        .group_by(TrackedRequest.service_code, requester, element)
        .order_by(TrackedRequest.service_code, requester, element)
    )
    return [Gap(row.service_code, row.requester, row.element, row.n) for row in rows]


def denials(query: Query[TrackedRequest]) -> list[tuple[str, str, str, int]]:
    """(denial month ``YYYY-MM`` or NO_DATE, category or NO_CATEGORY, outcome, requests) over
    the requests with a recorded denial, oldest month first."""
    denial = TrackedRequest.denial
    stage = denial["stage"].as_string()
    outcome = case(
        (TrackedRequest.status == "approved", "approved"),
        (stage.in_(("first-level-decided", "second-level-decided")), "upheld"),
        (stage == "closed", "closed"),
        else_="open",
    )
    month = func.coalesce(func.substr(denial["denial_date"].as_string(), 1, 7), NO_DATE)
    category = func.coalesce(denial["category"].as_string(), NO_CATEGORY)
    rows = (
        query.filter(denial["reason_text"].as_string().is_not(None))
        .with_entities(
            month.label("month"),
            category.label("category"),
            outcome.label("outcome"),
            func.count().label("n"),
        )
        .group_by(month, category, outcome)
        .order_by(month, category, outcome)
    )
    return [(row.month, row.category, row.outcome, row.n) for row in rows]


@dataclass(frozen=True)
class Upcoming:
    """An open denial's next deadline, for the dashboard's list."""

    request_id: int
    patient: str
    birth_date: str | None
    service_code: str
    clock: Clock


def deadlines(query: Query[TrackedRequest], as_of: dt.date) -> list[Upcoming]:
    """Open denials with a running clock, most urgent first (overdue, then by due date)."""
    rows = query.filter(TrackedRequest.status == "denied").with_entities(*LISTED).all()
    clocks = sorted((clock_of(row, as_of) for row in rows), key=Clock.urgency)  # type: ignore[arg-type]
    return [
        Upcoming(
            c.tracked.id,
            c.tracked.patient_name or "Unnamed patient",
            c.tracked.patient_birth_date,
            c.tracked.service_code,
            c,
        )
        for c in clocks
        if c.next is not None and not c.closed
    ]
