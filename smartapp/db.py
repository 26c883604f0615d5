"""Database access: one SQLAlchemy engine per app; per request, one connection and (when a
page asks for it) one ORM session bound to it, on ``g``.

SQLite file under ``instance/`` by default; PostgreSQL when ``DATABASE_URL`` says so. Tables
are declared in :mod:`smartapp.models`; the schema is built and changed only by the Alembic
migrations in ``smartapp/migrations`` (``smartapp init-db``, and at app start unless
``CREATE_SCHEMA`` is false).

This module makes the engines (:func:`make_engine`) and wires them into the app
(:func:`init_app`); the sessions and the request's connection are :mod:`smartapp.db_sessions`,
the schema's migrations :mod:`smartapp.db_schema`. Every name of those two is exported here
too, so ``from smartapp.db import session_factory`` and the CLI's ``smartapp.db:init_db_command``
go on working.
"""

from __future__ import annotations

import select
from typing import Any

from flask import Flask
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from .db_schema import MIGRATIONS, alembic_config, create_schema, init_db_command, upgrade
from .db_sessions import (
    AUTOCOMMIT,
    EXTENSION,
    close_session,
    dispose,
    each_statement_commits,
    engines,
    get_session,
    request_connection,
    rollback_request,
    session_factory,
)
from .json_values import kept_loads

#: The autocommit engine's connection option: its prepared statements keep one generic plan.
GENERIC_PLANS = "-c plan_cache_mode=force_generic_plan"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    # WAL lets readers go on while one process writes; foreign keys are off by default.
    # synchronous=NORMAL is SQLite's advice for WAL: a commit no longer waits for an fsync
    # (2.6 ms -> 0.07 ms here), which matters because every page view commits its audit event
    # and app workers queue behind the one write lock. Still crash-safe; only a power cut can
    # lose the last commits before a checkpoint (sqlite.org/pragma.html#pragma_synchronous).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, autocommit: bool = False) -> Engine:
    """Create the engine for ``url`` with the settings each backend needs.

    SQLite keeps pysqlite's own transaction handling: a transaction starts at the first write,
    so a writer waits for another process's lock (``timeout``) instead of failing on a stale
    read snapshot. The price: a SAVEPOINT outside a write would start -- and its RELEASE commit --
    a transaction of its own, so the app's write paths use no savepoints (see reports.store).
    """
    # hide_parameters: a failed statement's error names the SQL, never its values (a comment,
    # a patient name), so no traceback or log line can carry them (docs/operations.md).
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 15},
                               hide_parameters=True)  # fmt: skip
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # json_deserializer: psycopg decodes json columns itself; this keeps short flat values.
    # autocommit: the engine of the pages whose statements each commit on their own. Its
    # statements (the worklist's and the request page's, built once, every value bound) run
    # prepared after psycopg's fifth execution on a connection, and PostgreSQL's default
    # plan_cache_mode (auto) planned each execution afresh all the same: the generic plan's
    # estimate never beat the custom plans', so a worklist view paid ~3 ms of planning in
    # EXPLAIN (0.4 ms of its ~1.1 ms in a loop of executions) for the plan a generic one
    # matches (issue 19, stop 58). So these connections keep the generic plan (GENERIC_PLANS).
    extra: dict[str, Any] = (
        {"isolation_level": "AUTOCOMMIT", "connect_args": {"options": GENERIC_PLANS}}
        if autocommit
        else {}
    )
    engine = create_engine(url, pool_pre_ping=True, hide_parameters=True,
                           json_deserializer=kept_loads, **extra)  # fmt: skip
    _ping_when_in_doubt(engine)
    keep_long_conversions()
    return engine


#: psycopg keeps a statement's placeholder conversion (its text parsed for ``%(name)s``) only
#: for a text up to 4 KB (psycopg._queries.MAX_CACHED_STATEMENT_LENGTH, against SQLAlchemy's
#: huge expanded IN lists, sqlalchemy discussion 10270). The two pages' statements on
#: PostgreSQL are ~4.5 and ~6.7 KB since their names and view event ride with them (issue 19,
#: stop 57): parsed again on every view below this length. Built once each, a few dozen in all.
CONVERTED_LENGTH = 8192


def keep_long_conversions() -> bool:
    """Raise psycopg's cached statement length to :data:`CONVERTED_LENGTH` (a private module
    constant, read at each execution: if an upgrade drops it, statements are only parsed again,
    as before; tests/test_db.py names what went missing). True when it is set."""
    try:
        from psycopg import _queries
    except ImportError:  # no psycopg: SQLite only
        return False
    if not isinstance(getattr(_queries, "MAX_CACHED_STATEMENT_LENGTH", None), int):
        return False
    _queries.MAX_CACHED_STATEMENT_LENGTH = max(_queries.MAX_CACHED_STATEMENT_LENGTH,
                                               CONVERTED_LENGTH)  # fmt: skip
    return True


def _ping_when_in_doubt(engine: Engine) -> None:
    """Keep the pool's pre-ping (a connection the server closed while it sat in the pool is
    replaced, not handed to a page), but send its round trip only when the connection's socket
    says something happened. A PostgreSQL backend that ends -- a restart, a terminated backend,
    an idle timeout -- sends its FATAL message and closes, which makes the idle socket readable;
    a healthy idle connection has nothing to read. The full ``SELECT 1`` was one of a page
    view's ~9 round trips (~14 % of a PostgreSQL request page's time; issue 19, sixteenth pass).
    """
    full_ping = engine.dialect.do_ping

    def do_ping(dbapi_connection: Any) -> bool:
        if _quiet(dbapi_connection):
            return True
        return full_ping(dbapi_connection)  # type: ignore[no-any-return]

    engine.dialect.do_ping = do_ping  # type: ignore[method-assign]


def _quiet(dbapi_connection: Any) -> bool:
    """Whether a psycopg connection is open, idle outside a transaction and has nothing waiting
    on its socket (any doubt, or another driver: False, and the full ping decides)."""
    try:
        from psycopg.pq import ConnStatus, TransactionStatus

        if (dbapi_connection.closed or dbapi_connection.pgconn.status != ConnStatus.OK
                or dbapi_connection.info.transaction_status != TransactionStatus.IDLE):  # fmt: skip
            return False
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    except Exception:  # not psycopg, or a closed socket: ping as before
        return False
    return not readable


def init_app(app: Flask) -> None:
    engine = make_engine(app.config["DATABASE_URL"])
    app.extensions[EXTENSION] = sessionmaker(bind=engine, expire_on_commit=False)
    if engine.dialect.name == "postgresql":
        app.extensions[AUTOCOMMIT] = make_engine(app.config["DATABASE_URL"], autocommit=True)
    app.teardown_appcontext(close_session)
    if app.config.get("CREATE_SCHEMA", True):
        create_schema(app)


__all__ = [
    "AUTOCOMMIT",
    "CONVERTED_LENGTH",
    "EXTENSION",
    "GENERIC_PLANS",
    "MIGRATIONS",
    "alembic_config",
    "close_session",
    "create_schema",
    "dispose",
    "each_statement_commits",
    "engines",
    "get_session",
    "init_app",
    "init_db_command",
    "keep_long_conversions",
    "make_engine",
    "request_connection",
    "rollback_request",
    "session_factory",
    "upgrade",
]
