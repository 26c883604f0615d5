"""Statements a page runs on every view, executed on the driver's cursor (issue 19, twelfth pass).

SQLAlchemy spends more on each execution than the driver does (an execution context, the
compiled cache's lookup, parameter processing, a result object): ~11 % of a request page, the
driver's own ``execute`` ~9 %. The statements here are built once at import, so each is
compiled once per dialect (the engine's own, so PostgreSQL's bind casts and the drivers'
paramstyles are its) and then sent on the DBAPI cursor of the request's connection, in its
transaction, with SQLAlchemy's own bind and result processors for the column types (a JSON
column is read as SQLAlchemy reads it, a SQLite date from its text). Parameters stay bound,
never formatted into the SQL; an expanding ``IN`` is compiled once for each list length it
meets. Rows come back as plain tuples in the statement's column order (:func:`named`: named
tuples of its column keys). The compiling is :mod:`smartapp.direct_plans`; this module sends
the statements, reads their rows and commits.

What stays as SQLAlchemy does it: a statement's listeners (``before_cursor_execute``: the
statement counts of tests/reports/test_page_reads.py and ``bench/pages.py --statements``) see
every statement, and a driver error is raised as SQLAlchemy raises it (``OperationalError``,
parameters hidden, a lost connection invalidated).

The statements run on the request's connection (:func:`smartapp.db.request_connection`), on
which the request's ORM Session, if a page opens one, is bound too. :func:`commit` is a page's
one commit of what it wrote either way: the Session's commit, and the driver's transaction
committed whenever the Session's did not end it (a Session with nothing on the connection: the
view that wrote the session's activity time before the page); a page that never opened a Session
commits on the connection without the ORM Session's state machinery.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import JSON
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session

from .context import request_g
from .db import request_connection
from .direct_plans import Form, Plan, plan_for
from .json_values import kept_decoding

#: Where a driver connection's shared cursor is kept (:func:`_cursor`).
_CURSOR = "smartapp.direct.cursor"
#: Where the request's writes left for its commit wait (:func:`run_at_commit`), on ``g``.
_AT_COMMIT = "direct_at_commit"


def connection(db: Session | None = None) -> Connection:
    """The connection of ``db``, in its transaction; for the request's Session (or none given)
    the request's own connection (:func:`smartapp.db.request_connection`), which a page that
    reads and writes only here uses without ever opening an ORM Session."""
    if db is not None:
        kept = request_g()  # flask.g without its proxy (smartapp.context)
        if not kept or db is not kept.get("db_session"):  # not the request's
            return db.connection()
    return request_connection()


def _execute(conn: Connection, statement: Any, values: Mapping[str, Any],
             column_keys: Sequence[str] | None = None) -> tuple[Any, Plan, Form]:  # fmt: skip
    plan = plan_for(conn.dialect, statement, column_keys)
    form = plan.form_for(values)
    sql, parameters = form.sql, form.bind(values)
    cursor = _cursor(conn)
    events = conn._has_events or conn.engine._has_events
    try:
        if events:
            for listener in conn.dispatch.before_cursor_execute:
                sql, parameters = listener(conn, cursor, sql, parameters, None, False)
        cursor.execute(sql, parameters)
        if events:
            conn.dispatch.after_cursor_execute(conn, cursor, sql, parameters, None, False)
    except BaseException as error:
        _failed(conn, error, sql, parameters, cursor)
    return cursor, plan, form


def _cursor(conn: Connection) -> Any:
    """The driver connection's cursor these statements share, made on first use and kept with
    it (in the pool's ``info``, which goes with the driver connection and is emptied when that
    is replaced): making one per statement cost psycopg ~4 µs (a cursor, its transformer), and a
    page runs 4-5 (issue 19, stop 49). One request uses a connection at a time, each statement's
    rows are read before the next runs, and a failed statement's cursor is dropped."""
    info = conn.connection.info
    cursor = info.get(_CURSOR)
    if cursor is None:
        cursor = info[_CURSOR] = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    return cursor


def _failed(conn: Connection, error: BaseException, sql: str, parameters: Any,
            cursor: Any) -> None:  # fmt: skip
    """Raise ``error`` as SQLAlchemy raises it (which closes ``cursor``), the cursor forgotten."""
    conn.connection.info.pop(_CURSOR, None)
    conn._handle_dbapi_exception(error, sql, parameters, cursor, None)


def _processors(plan: Plan, cursor: Any, dialect: Dialect) -> list[tuple[int, Any]]:
    """(column, SQLAlchemy's result processor) for the columns that have one; a JSON column's
    keeps the short flat objects it decodes (json_values)."""
    types = [column[3] for column in plan.compiled._result_columns]
    codes = [column[1] for column in cursor.description]
    pairs = enumerate(zip(types, codes, strict=True))
    return [(n, kept_decoding(processor) if isinstance(kind, JSON) else processor)
            for n, (kind, code) in pairs
            if (processor := kind._cached_result_processor(dialect, code))]  # fmt: skip


def rows(statement: Any, values: Mapping[str, Any] | None = None,
         conn: Connection | None = None) -> list[tuple[Any, ...]]:  # fmt: skip
    """Every row of ``statement`` (a SELECT built once), as tuples in its column order."""
    conn = conn if conn is not None else connection()
    cursor, plan, form = _execute(conn, statement, values or {})
    try:
        fetched = cursor.fetchall()
        if form.results is None:
            form.results = _processors(plan, cursor, conn.dialect)
    except BaseException as error:
        _failed(conn, error, form.sql, None, cursor)
    if not form.results:
        return fetched  # type: ignore[no-any-return]
    done = []
    for row in fetched:
        row = list(row)
        for n, processor in form.results:
            row[n] = processor(row[n])
        done.append(tuple(row))
    return done


def first(statement: Any, values: Mapping[str, Any] | None = None,
          conn: Connection | None = None) -> tuple[Any, ...] | None:  # fmt: skip
    """The first row of ``statement`` (or None)."""
    found = rows(statement, values, conn)
    return found[0] if found else None


def named(statement: Any, values: Mapping[str, Any] | None = None,
          conn: Connection | None = None) -> list[Any]:  # fmt: skip
    """Every row of ``statement`` as a named tuple of its column keys (the names a Row has)."""
    conn = conn if conn is not None else connection()
    make = plan_for(conn.dialect, statement).named._make
    return [make(row) for row in rows(statement, values, conn)]


def run(statement: Any, values: Mapping[str, Any], conn: Connection | None = None) -> None:
    """Execute a write (an INSERT of exactly the columns in ``values``), nothing read back."""
    conn = conn if conn is not None else connection()
    _execute(conn, statement, values, tuple(values))


def run_at_commit(statement: Any, values: Mapping[str, Any]) -> None:
    """A write (as :func:`run`) sent by the request's :func:`commit`, just before its COMMIT.

    On SQLite a write takes the database's one write lock until the COMMIT: sent when a page
    reads its names, the view event held it through the rows' and audit table's Python too
    (~0.3-1 ms a view), and the other workers' writes waited in SQLite's busy handler, which
    sleeps 1, 2, 5 ms ... between tries (issue 19, stop 58). Sent here it holds the lock only for
    the INSERT and the COMMIT. Nothing else changes: the write is in the same transaction as
    before (the Session's, if the page flushes one), committed by the same COMMIT before the
    page is sent, and dropped with it if the request fails before its commit."""
    request_g().setdefault(_AT_COMMIT, []).append((statement, values))


def commit() -> None:
    """Commit everything the request wrote on its connection, through the ORM Session and on
    the driver's cursor alike (see the module's docstring), with one COMMIT.

    The Session, if the request opened one, commits first: what it holds is flushed, and when
    its transaction holds the connection its COMMIT is the driver's, which ends the page's
    writes here too. But a Session whose transaction never held the connection commits nothing:
    the view on which current_launch wrote the session's activity time (the Session's own commit,
    before the page) left a Session with nothing, and the view event sent afterwards on the
    driver's cursor stayed in a driver transaction nobody committed -- rolled back when the
    connection went back to the pool, the view unaudited (SQLite; issue 19, stop 57's "found,
    not fixed"). So the driver's transaction is committed whenever one is still open after the
    Session's: through Core when Core began it (a statement on the connection itself, the
    worklist's ``due`` filter), else on the driver. None open (PostgreSQL's autocommit pages,
    db.each_statement_commits): no commit at all."""
    kept = request_g()  # flask.g without its proxy (smartapp.context)
    pending = kept.pop(_AT_COMMIT, None)
    if pending:  # run_at_commit's writes, in the transaction this commit ends
        conn = request_connection()
        for statement, values in pending:
            run(statement, values, conn)
    db = kept.get("db_session")
    if db is not None:
        db.commit()
    conn = request_connection()
    if _driver_in_transaction(conn):  # not the Session's (its commit ended that)
        if conn.in_transaction():  # Core's own, begun by a statement on the connection
            conn.commit()
        else:
            conn._commit_impl()


def _driver_in_transaction(conn: Connection) -> bool:
    """Whether the driver holds a transaction open on ``conn`` (sqlite3's ``in_transaction``,
    psycopg's transaction status); True when the driver does not say."""
    driver = conn.connection.dbapi_connection
    found = getattr(driver, "in_transaction", None)
    if isinstance(found, bool):  # sqlite3
        return found
    status = getattr(getattr(driver, "info", None), "transaction_status", None)
    return True if status is None else int(status) != 0  # psycopg: 0 is IDLE
