"""The app's ORM sessions and engines, and per request one connection and (when a page asks for
it) one ORM session bound to it, on ``g`` (split from :mod:`smartapp.db`, which still exports
every name here; the engines themselves are made there, by ``make_engine``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from flask import Flask, current_app, g
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from .context import request_app, request_g

EXTENSION = "smartapp.db"
#: The PostgreSQL autocommit engine's key in ``app.extensions`` (:func:`each_statement_commits`).
AUTOCOMMIT = "smartapp.db.autocommit"
F = TypeVar("F", bound=Callable[..., Any])


def session_factory(app: Flask | None = None) -> sessionmaker[Session]:
    """The app's session factory (usable from worker threads with their own sessions)."""
    return (app or current_app).extensions[EXTENSION]


def request_connection() -> Connection:
    """The request's connection, checked out of the pool on first use and returned at teardown.

    Pages that read and write through :mod:`smartapp.direct` use it alone: opening an ORM
    Session, its transaction and its close on every page view cost ~5 % of a request page
    (issue 19, sixteenth pass). The Session, when a page asks for one, is bound to this same
    connection, so everything a request does is one connection (SQLite's one writer, one
    transaction for the page view and its audit row). On PostgreSQL a page marked
    :func:`each_statement_commits` gets it from the app's autocommit engine instead.
    """
    kept = request_g()  # flask.g, read once: a page asks ~5 times (smartapp.context)
    found = kept.get("db_connection")
    if found is None or found.closed:
        extensions = request_app().extensions  # current_app without its proxy
        autocommit = extensions.get(AUTOCOMMIT) if kept.get("db_autocommit") else None
        engine = autocommit if autocommit is not None else extensions[EXTENSION].kw["bind"]
        found = kept.db_connection = engine.connect()
    return found  # type: ignore[no-any-return]


def each_statement_commits(view: F) -> F:
    """Decorator (outside ``launch_required``, which reads first): on PostgreSQL, each of the
    page's statements is its own transaction -- no ``BEGIN`` before its first and no ``COMMIT``
    after its audit INSERT, two of a page view's round trips (issue 19, stop 53: ~0.1 ms of
    app CPU a worklist view, and more views a second, under bench/load.py's 50 clients).

    Only for a page whose reads see what they would in one transaction and whose writes need
    none: under READ COMMITTED each statement of a transaction reads its own snapshot anyway,
    and what such a page writes commits at once either way (its view event, straight before
    its commit; the session's activity time, which current_launch commits on its own) or is a
    kept copy that may stay alone (a newly rendered version's cards, reports.rendered).

    Its connections come from a second engine, created in autocommit mode, not from the main
    pool switched at checkout: the switch (stop 49's try) halved the worklist's throughput
    under load for a reason never found, and a connection that never changes mode cannot
    leak one into another page. SQLite is left as it is: pysqlite opens no transaction for a
    read, and its one writer wants the page's writes together."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        request_g().db_autocommit = True  # flask.g without its proxy (smartapp.context)
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def get_session() -> Session:
    """The request's database session, opened on first use and closed at teardown, on the
    request's connection (:func:`request_connection`).

    The Session begins and owns its transaction on that connection (its commit commits it),
    which holds as long as nothing began a Core transaction on the connection first: Core
    statements of a request go through the Session (``db.connection().execute``), and
    smartapp.direct's on the driver's cursor, which leaves the connection's Core state alone.
    Were one begun, the Session would join it without ever committing: refused here.
    """
    if "db_session" not in g:
        connection = request_connection()
        if connection.in_transaction():
            raise RuntimeError("a Core transaction is open on the request's connection")
        g.db_session = session_factory()(bind=connection)
    return g.db_session  # type: ignore[no-any-return]


def rollback_request() -> None:
    """Roll back what the request did (an error page): the Session's transaction, and the
    driver's, which smartapp.direct's statements may have opened without the Session."""
    session = g.get("db_session")
    if session is not None:
        session.rollback()
    connection = g.get("db_connection")
    if connection is not None and not connection.closed and not connection.invalidated:
        connection._rollback_impl()


def close_session(_error: BaseException | None = None) -> None:
    """Teardown: close the Session (rolling back what it left open), then return the request's
    connection to the pool (which rolls back anything the driver still holds)."""
    kept = request_g()  # flask.g, read once (smartapp.context)
    session = kept.pop("db_session", None)
    if session is not None:
        session.close()
    connection = kept.pop("db_connection", None)
    if connection is not None:
        connection.close()


def engines(app: Flask) -> list[Engine]:
    """The app's engines: the main one, and on PostgreSQL the autocommit one beside it
    (:func:`each_statement_commits`). A statement listener or a ``dispose`` wants both."""
    found = [session_factory(app).kw["bind"]]
    if AUTOCOMMIT in app.extensions:
        found.append(app.extensions[AUTOCOMMIT])
    return found


def dispose(app: Flask) -> None:
    """Close every pooled connection of the app's engines (before its database is copied or
    dropped: PostgreSQL refuses either while a session is connected)."""
    for engine in engines(app):
        engine.dispose()
