"""Who may see which tracked request: coordinators their organisation's whole worklist, a
clinician every request they saved a report for (whoever saved it first, issue 20 finding 7).

The pages that change a request load it as an ORM object (:func:`visible_request`); the request
page, which only shows it, reads it and its report version as plain rows with the same
attribute names (:func:`visible_row`, :func:`version_row`): statements built once, no ORM
loading or identity map (issue 19)."""

from __future__ import annotations

import functools
from collections import namedtuple
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row, bindparam, select

from ..db import get_session
from ..errors import NotFoundError
from ..identity import COORDINATOR, actor_of, role_of
from ..models import AppSession, SavedReport, TrackedRequest
from . import store


def saved_by(me: str) -> Any:
    """SQL condition: a request for which ``me`` saved a report (the first save or a later one)."""
    return TrackedRequest.id.in_(
        select(SavedReport.request_id).where(SavedReport.run_by == me).scalar_subquery()
    )


_REQUESTS, _REPORTS = TrackedRequest.__table__, SavedReport.__table__
_REQUEST = select(_REQUESTS).where(_REQUESTS.c.id == bindparam("id"))
_REPORT = select(_REPORTS).where(_REPORTS.c.id == bindparam("id"))
_SAVED_BY = (select(_REPORTS.c.id)
             .where(_REPORTS.c.request_id == bindparam("request"),
                    _REPORTS.c.run_by == bindparam("me"))
             .limit(1))  # fmt: skip


@functools.cache
def _plain_type(fields: tuple[str, ...]) -> Any:
    return namedtuple("PlainRow", fields)  # the fields are the statement's columns


def plain(row: Row[Any] | None) -> Any:
    """A row as a named tuple: the same attribute names and values, read ~10 times faster. A
    Row's attribute goes through ``__getattr__`` after a failed lookup (~0.3 µs an attribute,
    an exception each), and a request page reads a few hundred: the request's and the
    version's fields in the view and the template, every audit event's in its row."""
    return None if row is None else _plain_type(row._fields)._make(row)


def plain_rows(rows: Iterable[Row[Any]]) -> list[Any]:
    """:func:`plain` for every row of a result."""
    read = list(rows)
    if not read:
        return []
    make = _plain_type(read[0]._fields)._make
    return [make(row) for row in read]


def _check_visible(launch: AppSession, tracked: Any) -> None:
    """Coordinators see all (their organisation's worklist), a clinician every request they
    saved a report for, whoever saved first; NotFoundError for anyone else."""
    if role_of(launch) == COORDINATOR:
        return
    me = actor_of(launch)
    mine = tracked.created_by == me or get_session().connection().scalar(
        _SAVED_BY, {"request": tracked.id, "me": me})  # fmt: skip
    if not mine:
        raise NotFoundError("No such request among the ones you saved.")


def visible_request(launch: AppSession, request_id: int) -> TrackedRequest:
    """The request, if this user may see it (see :func:`_check_visible`), to change it."""
    tracked = store.get_tracked(get_session(), request_id)
    _check_visible(launch, tracked)
    return tracked


def visible_row(launch: AppSession, request_id: int) -> Any:
    """The request as a plain row (every column, :func:`plain`), if this user may see it: for
    pages that only show it."""
    tracked = plain(get_session().connection().execute(_REQUEST, {"id": request_id}).first())
    if tracked is None:
        raise NotFoundError("No such request.")
    _check_visible(launch, tracked)
    return tracked


def _version_of(tracked: Any, saved: Any) -> Any:
    if saved is None or saved.request_id != tracked.id:
        raise NotFoundError("That report version does not exist.")
    return saved


def report_version(tracked: TrackedRequest, report_id: int | None = None) -> SavedReport:
    wanted = report_id or tracked.latest_report_id
    return _version_of(tracked, get_session().get(SavedReport, wanted) if wanted else None)  # type: ignore[no-any-return]


def version_row(tracked: Any, report_id: int | None = None) -> Any:
    """:func:`report_version` as a plain row (every column, :func:`plain`), for pages that only
    show it."""
    wanted = report_id or tracked.latest_report_id
    saved = (plain(get_session().connection().execute(_REPORT, {"id": wanted}).first())
             if wanted else None)  # fmt: skip
    return _version_of(tracked, saved)  # type: ignore[no-any-return]
