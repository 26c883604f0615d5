"""The launched session: server-side record keyed by an opaque id that the cookie carries.

The signed Flask cookie holds only that id; tokens stay in the database, encrypted. Every
request re-reads the record, so one browser tab can never see another launch's patient (Epic
Hyperspace's cached-context bug, client-js #199).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any, TypeVar

from flask import g, session

from ..db import get_session
from ..errors import SessionExpiredError
from ..models import AppSession
from .access import read_access

F = TypeVar("F", bound=Callable[..., Any])


def current_launch() -> AppSession:
    """The AppSession of this request; SessionExpiredError when there is none or it ended."""
    session_id = session.get("sid")
    record = get_session().get(AppSession, session_id) if session_id else None
    if record is None:
        raise SessionExpiredError("There is no active launch in this window.")
    # The database session's identity map holds records only weakly: keep this one for the
    # rest of the request, so the decorators, the view and the page header share one read
    # instead of loading it again each time (the worklist loaded it three times).
    g.launch_record = record
    return record


def launch_required(view: F) -> F:
    """Decorator: the view needs a launched session (checked before the view runs)."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        current_launch()
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def unreadable_types(granted_scope: str) -> dict[str, str]:
    """Resource types the granted scopes do not let the app read, with the reason."""
    return read_access(granted_scope).withheld


def seconds_left(record: AppSession, now: dt.datetime | None = None) -> float:
    expires = record.expires_at
    if expires.tzinfo is None:  # SQLite drops the zone: values are stored in UTC
        expires = expires.replace(tzinfo=dt.UTC)
    return (expires - (now or dt.datetime.now(dt.UTC))).total_seconds()
