"""Database access: one SQLAlchemy engine per app; per request, one connection and (when a
page asks for it) one ORM session bound to it, on ``g``.

SQLite file under ``instance/`` by default; PostgreSQL when ``DATABASE_URL`` says so. Tables
are declared in :mod:`smartapp.models`; the schema is built and changed only by the Alembic
migrations in ``smartapp/migrations`` (``smartapp init-db``, and at app start unless
``CREATE_SCHEMA`` is false).
"""

from __future__ import annotations

import functools
import select
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from alembic import command
from alembic.config import Config
from flask import Flask, current_app, g
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from .context import request_app, request_g
from .json_values import kept_loads

EXTENSION = "smartapp.db"
#: The PostgreSQL autocommit engine's key in ``app.extensions`` (:func:`each_statement_commits`).
AUTOCOMMIT = "smartapp.db.autocommit"
#: The autocommit engine's connection option: its prepared statements keep one generic plan.
GENERIC_PLANS = "-c plan_cache_mode=force_generic_plan"
F = TypeVar("F", bound=Callable[..., Any])
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


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


def alembic_config() -> Config:
    """Alembic configuration pointing at the packaged migrations (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database behind ``engine`` to ``revision`` (idempotent at head)."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def create_schema(app: Flask) -> None:
    """Bring the app's database to the newest schema."""
    upgrade(session_factory(app).kw["bind"])


@click.command("init-db")
def init_db_command() -> None:
    """Create the database tables (idempotent)."""
    from . import create_app

    app = create_app()
    create_schema(app)
    click.echo(f"database ready: {app.config['DATABASE_URL'].split('@')[-1]}")


def init_app(app: Flask) -> None:
    engine = make_engine(app.config["DATABASE_URL"])
    app.extensions[EXTENSION] = sessionmaker(bind=engine, expire_on_commit=False)
    if engine.dialect.name == "postgresql":
        app.extensions[AUTOCOMMIT] = make_engine(app.config["DATABASE_URL"], autocommit=True)
    app.teardown_appcontext(close_session)
    if app.config.get("CREATE_SCHEMA", True):
        create_schema(app)
