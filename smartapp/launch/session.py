"""The launched session: server-side record keyed by an opaque id that the cookie carries.

The signed Flask cookie holds only that id; tokens stay in the database, encrypted. Every
request re-reads the record, so one browser tab can never see another launch's patient (Epic
Hyperspace's cached-context bug, client-js #199).
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from flask import current_app, g, session
from sqlalchemy import Select, bindparam, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.util import identity_key

from .. import direct
from ..context import request_app, request_g, request_session
from ..db import get_session
from ..errors import SessionEndedError, SessionExpiredError
from ..models import AppSession, utcnow
from .access import read_access
from .lifetime import end, ended_because, limits, touch, touch_due

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger(__name__)
_TABLE = AppSession.__table__
#: Every request reads its session row: one statement built once (SQLAlchemy then reuses its
#: compiled form), a plain row rather than an ORM query (see :func:`_load`).
_BY_ID = select(_TABLE).where(_TABLE.c.id == bindparam("sid"))
#: The record as a page that writes nothing to it reads it (:func:`current_launch`, ``plain``).
PlainLaunch = namedtuple("PlainLaunch", [column.key for column in _TABLE.c])  # type: ignore[misc]
_WIDTH = len(_TABLE.c)
#: A statement that reads the session's row and a page's own beside it, and its values.
Beside = tuple[Any, Mapping[str, Any]]


def current_launch(*, plain_row: bool = False, beside: Beside | None = None) -> AppSession:
    """The AppSession of this request; SessionExpiredError when there is none, SessionEndedError
    when it passed its idle or absolute limit (it is deleted then, tokens and all).

    Checked once per request: the decorators, the view, the page header and the templates all
    ask, and get the record the first call read and checked (for the same cookie's session id).

    ``plain_row``: for a page that writes nothing to the record (``launch_required(plain_row=
    True)``), the record is a :data:`PlainLaunch` of the row (no ORM object: issue 19, twelfth
    pass) -- unless this request must write it, ending it (a limit passed) or noting its use
    (:func:`.lifetime.touch`): then it is the ORM record as for every other page, built from
    the same row, and written exactly as there.

    ``beside`` (with ``plain_row``): a statement built by :func:`with_session_row` and its
    values; the session's row is read by it, and the page's own row beside it kept for
    :func:`read_beside` -- one round trip for both (issue 19, stop 46).
    """
    # The session and g read once each (smartapp.context): the page asks ~5 times a view.
    session_id = request_session().get("sid")
    checked = request_g().get("launch_checked")
    if checked is not None and checked[0] == session_id and session_id:
        return checked[1]
    if plain_row and session_id:
        record = _plain_or_attached(session_id, beside)
        if isinstance(record, PlainLaunch):
            kept = request_g()
            kept.launch_record = record
            kept.launch_checked = (session_id, record)
            return record  # type: ignore[return-value]
    else:
        record = _load(get_session(), session_id) if session_id else None
    if record is None:
        raise SessionExpiredError("There is no active launch in this window.")
    db = get_session()
    now = utcnow()
    idle, absolute = limits(current_app)
    reason = ended_because(record, now, idle, absolute)
    if reason is not None:
        end(db, record, reason)
        session.pop("sid", None)
        raise SessionEndedError(
            f"Your session ended after {_span(idle)} without activity."
            if reason == "idle"
            else f"Your session ended: a session lasts at most {_span(absolute)}."
        )
    pending = bool(db.new or db.dirty or db.deleted)  # the view's own changes, if any
    if touch(record, now) and not pending:
        try:
            db.commit()  # nothing else in this transaction: safe to write the activity time now
        except OperationalError:
            # A busy database must not fail the page (or the error page's header): the activity
            # time is best effort, written by the next request instead.
            db.rollback()
            log.info("session activity time not written: database busy")
    # The database session's identity map holds records only weakly: keep this one for the
    # rest of the request, so the decorators, the view and the page header share one read
    # instead of loading it again each time (the worklist loaded it three times).
    g.launch_record = record
    g.launch_checked = (session_id, record)
    return record


def _load(db: Session, session_id: str) -> AppSession | None:
    """The session's record, attached to ``db`` as if the ORM had loaded it (so touching it or
    ending it writes as before), from one plain row: an ORM ``get`` cost ~0.5 ms of every page
    (issue 19). A record this database session already holds is used as it is."""
    held = db.identity_map.get(identity_key(AppSession, session_id))
    if held is not None:
        return held  # type: ignore[no-any-return]
    row = db.connection().execute(_BY_ID, {"sid": session_id}).first()
    return None if row is None else _attached(db, row._mapping)


def _attached(db: Session, values: Any) -> AppSession:
    """The record of a row's ``values``, attached to ``db`` as loaded (nothing to write yet)."""
    record = AppSession(**values)
    make_transient_to_detached(record)  # loaded state, no history: nothing to write yet
    db.add(record)
    return record


def _plain_or_attached(session_id: str, beside: Beside | None = None) -> Any:
    """The session's row as a :data:`PlainLaunch` when this request writes nothing to it; else
    its ORM record (attached as :func:`_load` attaches it, from the same row), or None. A page
    that reads nothing through the ORM opens no Session for it (~30 µs a page, issue 19)."""
    kept = request_g()  # flask.g, read once (smartapp.context)
    db = kept.get("db_session")
    held = None if db is None else db.identity_map.get(identity_key(AppSession, session_id))
    if held is not None:
        return held
    if beside is None:
        row = direct.first(_BY_ID, {"sid": session_id})
    else:
        statement, values = beside
        found = direct.first(statement, {**values, "sid": session_id})
        row = None if found is None else found[:_WIDTH]
        if found is not None:
            kept.launch_beside = (statement, values, found[_WIDTH:])
    if row is None:
        return None
    found = PlainLaunch._make(row)
    now = utcnow()
    idle, absolute = limits(request_app())
    # The same tests as below (ended_because, touch): a limit passed, or the use to be noted.
    if ended_because(found, now, idle, absolute) is None and not touch_due(found, now):
        return found
    return _attached(get_session(), found._asdict())


def with_session_row(columns: Sequence[Any], joined: Any, on: Any) -> Select[Any]:
    """A statement for ``current_launch(beside=...)``: the session's row (every column, in
    order) and beside it ``columns`` of ``joined`` ON ``on`` -- NULLs when ``on`` finds none;
    no row at all when there is no such session."""
    return (select(*(column.label(f"launch_{column.key}") for column in _TABLE.c), *columns)
            .select_from(_TABLE.outerjoin(joined, on))
            .where(_TABLE.c.id == bindparam("sid")))  # fmt: skip


def read_beside(statement: Any, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
    """The row ``statement`` read beside the session's this request with ``values`` (the
    columns after the session's), or None when it did not (the record was read otherwise)."""
    found = request_g().get("launch_beside")
    if found is None or found[0] is not statement or found[1] != values:
        return None
    return found[2]  # type: ignore[no-any-return]


def _span(limit: dt.timedelta) -> str:
    minutes = int(limit.total_seconds() // 60)
    if minutes % 60 == 0:
        return f"{minutes // 60} hour{'s' if minutes != 60 else ''}"
    return f"{minutes} minute{'s' if minutes != 1 else ''}"


def launch_required(view: F | None = None, *, plain_row: bool = False,
                    beside: Callable[..., Beside] | None = None) -> Any:  # fmt: skip
    """Decorator: the view needs a launched session (checked before the view runs).
    ``launch_required(plain_row=True)``: the view writes nothing to the session's record, which
    it reads as a plain row (see :func:`current_launch`); ``beside``: from the view's URL
    values, the statement and values that read the view's own row with it (:func:`read_beside`).
    """
    if view is None:
        return functools.partial(launch_required, plain_row=plain_row, beside=beside)

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        current_launch(plain_row=plain_row, beside=beside(*args, **kwargs) if beside else None)
        return view(*args, **kwargs)

    return wrapper


def unreadable_types(granted_scope: str) -> dict[str, str]:
    """Resource types the granted scopes do not let the app read, with the reason."""
    return read_access(granted_scope).withheld


def seconds_left(record: AppSession, now: dt.datetime | None = None) -> float:
    expires = record.expires_at
    if expires.tzinfo is None:  # SQLite drops the zone: values are stored in UTC
        expires = expires.replace(tzinfo=dt.UTC)
    return (expires - (now or dt.datetime.now(dt.UTC))).total_seconds()
