"""What a worklist row shows, worked out in the view: the template only places the strings.

The worklist renders 50 rows per view; per-row filters, globals and method calls in Jinja were
most of its rendering (issue 19). Each row here is one :class:`Shown` of ready strings, in the
words the template used to compute (the byte-identical page test holds the markup to it).
An incomplete row also says why: what its latest report could not check (a withheld search, a
type a population run's export lost), so a coordinator need not open it to learn that.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from .. import direct
from ..checks.wording import denial_words, plain, resource_words, topic_words
from ..models import SavedReport
from ..people import person
from ..urls import request_href
from .worklist import POSITION

_REPORTS = SavedReport.__table__.c
#: The latest reports' warnings of a page's incomplete rows: built once, an expanding IN, on the
#: driver's cursor (smartapp.direct) as the worklist's own statement.
_UNCHECKED = select(_REPORTS.request_id, _REPORTS.could_not_check).where(
    _REPORTS.id.in_(bindparam("ids", expanding=True)))  # fmt: skip

#: A request id no real row has, marking where ids go in the link.
_MARK = 987_654_321
#: Types an incomplete row names (the request's page lists every warning), and their detail's
#: length: a worklist row is one line in a side panel.
MAX_TYPES, MAX_DETAIL = 2, 160


@dataclass(slots=True)
class Shown:
    """One worklist row's display values (escaped by the template like any other value)."""

    href: str
    patient: str
    birth_date: str | None
    service_code: str
    topic: str
    status: str
    status_words: str
    #: The denial's category in words, on denied requests with a recorded denial; else None.
    denial: str | None
    assignee: str
    readiness: int
    readiness_state: str
    state_words: str
    gaps: str
    updated_iso: str
    updated_day: str
    updated_time: str
    #: The row came from a population run ("Found by the nightly run").
    found_by_run: bool = False
    #: An incomplete row: what its latest report could not check, and why ('' otherwise).
    unchecked: str = ""


def unchecked_words(warnings: list[Any]) -> str:
    """"Could not check clinical notes: <why>", one entry per type (the first reason each)."""
    first: dict[str, str] = {}
    for warning in warnings:
        if isinstance(warning, dict) and warning.get("resource_type"):
            first.setdefault(str(warning["resource_type"]), str(warning.get("detail") or ""))
    if not first:
        return ""
    said = [f"{resource_words(kind)}: {plain(detail[:MAX_DETAIL])}" if detail
            else resource_words(kind)
            for kind, detail in list(first.items())[:MAX_TYPES]]  # fmt: skip
    more = len(first) - MAX_TYPES
    return "Could not check " + "; ".join(said) + (f" (and {more} more)" if more > 0 else "")


def unchecked_reasons(db: Session | None, rows: list[Any]) -> dict[int, str]:
    """Request id -> :func:`unchecked_words` of its latest report, for the incomplete rows (one
    query for the page, only when it has any)."""
    # By position (worklist.POSITION): a Row's attribute costs ~0.3 µs, two for each of 50 rows.
    state, report = POSITION["readiness_state"], POSITION["latest_report_id"]
    latest = [row[report] for row in rows if row[state] == "incomplete" and row[report]]
    if not latest:
        return {}
    found = direct.rows(_UNCHECKED, {"ids": latest}, direct.connection(db))
    return {int(request_id): unchecked_words(warnings or []) for request_id, warnings in found}


def link_parts() -> tuple[str, str]:
    """A request's link around its id: one link built by Flask, the others by putting each id in
    its place (as urls.url_for does, without its per-call checks: 50 rows a page)."""
    head, _, tail = request_href(_MARK).partition(str(_MARK))
    return head, tail


def shown_row(row: Any, states: dict[str, str], unchecked: str, head: str, tail: str) -> Shown:
    """A row's display values. ``unchecked``: its :func:`unchecked_reasons` entry ('' if none);
    ``head``/``tail``: :func:`link_parts`."""
    denied = row.status == "denied" and row.denial
    gaps = row.required_gaps
    stamp = row.updated_at.isoformat()  # 2026-10-01T08:00:00[.ffffff]+00:00
    return Shown(
        href=f"{head}{int(row.id)}{tail}",
        patient=row.patient_name or row.patient_ref,
        birth_date=row.patient_birth_date,
        service_code=row.service_code,
        topic=topic_words(row.topic),
        status=row.status,
        status_words=row.status.replace("_", " "),
        denial=denial_words([row.denial["category"]]) if denied else None,
        assignee=person(row.assignee) if row.assignee else "Unassigned",
        readiness=row.readiness,
        readiness_state=row.readiness_state,
        state_words=states.get(row.readiness_state, row.readiness_state),
        gaps=f"{gaps} required gap{'' if gaps == 1 else 's'}",
        updated_iso=stamp,
        updated_day=stamp[:10],
        updated_time=stamp[11:16],
        found_by_run=getattr(row, "source", None) == "population",
        unchecked=unchecked,
    )  # fmt: skip
