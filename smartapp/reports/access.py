"""Who may see which tracked request: coordinators their organisation's whole worklist, a
clinician every request they saved a report for (whoever saved it first, issue 20 finding 7).

The pages that change a request load it as an ORM object (:func:`visible_request`); the request
page, which only shows it, reads it and its report version as plain rows with the same
attribute names, in one statement built once (:func:`visible_with_version`): no ORM loading or
identity map (issue 19)."""

from __future__ import annotations

import functools
from collections import namedtuple
from typing import Any

from sqlalchemy import Integer, Row, Text, bindparam, cast, func, select

from .. import direct
from ..db import get_session
from ..errors import NotFoundError
from ..identity import COORDINATOR, actor_of, role_of
from ..json_values import kept_loads
from ..launch.session import read_beside, with_session_row
from ..models import AppSession, SavedReport, TrackedRequest
from . import store
from .kept_page import WRITTEN_ONCE


def saved_by(me: str) -> Any:
    """SQL condition: a request for which ``me`` saved a report (the first save or a later one)."""
    return TrackedRequest.id.in_(
        select(SavedReport.request_id).where(SavedReport.run_by == me).scalar_subquery()
    )


_REQUESTS, _REPORTS = TrackedRequest.__table__, SavedReport.__table__
#: The request and the version asked for (else its latest) in one round trip: every column of
#: both but the version's JSON written once (when it is saved), the version's labelled apart; no
#: version row (None) when there is none by that id. Those JSON columns (~11 KB a version) are
#: read only when a page is rendered for the first time (:class:`PlainVersion`): a kept page and
#: kept cards need them not, and PostgreSQL sent them with every view (issue 19, stop 61).
_SHOWN = tuple(column for column in _REPORTS.c if column.key not in WRITTEN_ONCE)
_COLUMNS = (*_REQUESTS.c, *(column.label(f"version_{column.key}") for column in _SHOWN))
_JOINED = _REQUESTS.outerjoin(_REPORTS, _REPORTS.c.id == func.coalesce(
    bindparam("report", type_=Integer), _REQUESTS.c.latest_report_id))  # fmt: skip
_WITH_VERSION = select(*_COLUMNS).select_from(_JOINED).where(_REQUESTS.c.id == bindparam("id"))
#: The same read beside the launched session's row (launch_required(beside=...)): one round
#: trip for the session, the request and its version (issue 19, stop 46).
_WITH_SESSION = with_session_row(_COLUMNS, _JOINED, _REQUESTS.c.id == bindparam("id"))
_REQUEST_FIELDS = tuple(column.key for column in _REQUESTS.c)
_VERSION_FIELDS = tuple(column.key for column in _SHOWN)
#: A version's written-once JSON as text (decoded by :func:`kept_loads`, whose values are kept).
_WRITTEN_KEYS = tuple(sorted(WRITTEN_ONCE))
_WRITTEN_OF = select(*(cast(_REPORTS.c[key], Text) for key in _WRITTEN_KEYS)).where(
    _REPORTS.c.id == bindparam("id")
)
_SAVED_BY = (select(_REPORTS.c.id)
             .where(_REPORTS.c.request_id == bindparam("request"),
                    _REPORTS.c.run_by == bindparam("me"))
             .limit(1))  # fmt: skip


@functools.cache
def plain_type(fields: tuple[str, ...]) -> Any:
    """The named tuple of ``fields`` (one class per field list, kept)."""
    return namedtuple("PlainRow", fields)  # the fields are the statement's columns


class PlainVersion(plain_type(_VERSION_FIELDS)):  # type: ignore[misc]
    """A version's row as :func:`plain_type` gives it, without its written-once JSON columns:
    those are read (in one statement, as text) and decoded at the first read of any of them,
    then kept. A request page whose page and cards are kept reads none of them: their decoding
    was ~35 µs of every view (issue 19, stop 49), and their ~11 KB the bulk of what PostgreSQL
    sent for it (stop 61)."""

    report = functools.cached_property(lambda self: _decoded(self, "report"))
    could_not_check = functools.cached_property(lambda self: _decoded(self, "could_not_check"))
    record_refs = functools.cached_property(lambda self: _decoded(self, "record_refs"))

    @functools.cached_property
    def _texts(self) -> dict[str, str | None]:
        found = direct.first(_WRITTEN_OF, {"id": self.id})
        return dict(zip(_WRITTEN_KEYS, found or (None,) * len(_WRITTEN_KEYS), strict=True))


def _decoded(version: Any, field: str) -> Any:
    text = version._texts[field]
    return None if text is None else kept_loads(text)


def plain(row: Row[Any] | None) -> Any:
    """A row as a named tuple: the same attribute names and values, read ~10 times faster. A
    Row's attribute goes through ``__getattr__`` after a failed lookup (~0.3 µs an attribute,
    an exception each), and a request page reads a few hundred: the request's and the
    version's fields in the view and the template, every audit event's in its row."""
    return None if row is None else plain_type(row._fields)._make(row)


def _check_visible(launch: AppSession, tracked: Any) -> None:
    """Coordinators see all (their organisation's worklist), a clinician every request they
    saved a report for, whoever saved first; NotFoundError for anyone else."""
    if role_of(launch) == COORDINATOR:
        return
    me = actor_of(launch)
    mine = tracked.created_by == me or direct.first(_SAVED_BY, {"request": tracked.id, "me": me})
    if not mine:
        raise NotFoundError("No such request among the ones you saved.")


def visible_request(launch: AppSession, request_id: int) -> TrackedRequest:
    """The request, if this user may see it (see :func:`_check_visible`), to change it."""
    tracked = store.get_tracked(get_session(), request_id)
    _check_visible(launch, tracked)
    return tracked


def beside_launch(request_id: int, report_id: int | None = None) -> tuple[Any, dict[str, Any]]:
    """``launch_required(beside=...)`` of a page that shows a request and a version of it
    (:func:`visible_with_version`): read with the launched session's row."""
    return _WITH_SESSION, {"id": request_id, "report": report_id or None}


def visible_with_version(launch: AppSession, request_id: int, report_id: int | None = None) -> Any:
    """(the request, its version ``report_id`` or else its latest) as plain rows (every column
    by its name, :func:`plain`), if this user may see the request (:func:`_check_visible`): for
    pages that only show them. One statement instead of two (issue 19), read with the session's
    row when the page asked (:func:`beside_launch`); the same refusals, in the same order: no
    such request, not yours, no such version of it."""
    values = {"id": request_id, "report": report_id or None}
    row = read_beside(_WITH_SESSION, values)
    if row is None:
        row = direct.first(_WITH_VERSION, values)
    if row is None or row[0] is None:  # no such request (beside the session: its NULLs)
        raise NotFoundError("No such request.")
    split = len(_REQUEST_FIELDS)
    tracked = plain_type(_REQUEST_FIELDS)._make(row[:split])
    _check_visible(launch, tracked)
    saved = None if row[split] is None else PlainVersion._make(row[split:])
    return tracked, _version_of(tracked, saved)


def _version_of(tracked: Any, saved: Any) -> Any:
    if saved is None or saved.request_id != tracked.id:
        raise NotFoundError("That report version does not exist.")
    return saved


def report_version(tracked: TrackedRequest, report_id: int | None = None) -> SavedReport:
    wanted = report_id or tracked.latest_report_id
    return _version_of(tracked, get_session().get(SavedReport, wanted) if wanted else None)  # type: ignore[no-any-return]
