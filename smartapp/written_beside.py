"""A page's one write sent in the same statement as one of its reads, on PostgreSQL (issue 19,
stop 50).

On PostgreSQL every statement a page sends is a round trip on which its worker blocks until the
server answers, and the worker's CPU for it grows with the wait (a blocked process loses its
caches to the others on a busy machine): ~15 µs for a statement answered at once, 75-110 µs for
one the server works on, 100-140 µs each in a page under load. The read-only pages' one write,
their view event's INSERT, needs no answer, so it rides in the WITH of a read the page sends
anyway (a data-modifying WITH, which PostgreSQL runs exactly once and to completion whether or
not the rest reads it): one round trip fewer a page view, in the same transaction, committed by
the same COMMIT before the page is sent. The read must not read the written table (the
statement's reads see the database as it was before the statement, its own INSERT not yet).

Elsewhere (SQLite, in-process: no round trip to save) the write is sent on its own by the
request's commit, just before the COMMIT (:func:`smartapp.direct.run_at_commit`: SQLite's one
write lock held for the INSERT and the COMMIT only; issue 19, stop 58). Both are compiled once
(smartapp.direct), the write's values bound like the read's, never formatted into the SQL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam

from . import direct

#: Prefix of the write's bind names in a combined statement (unlike any read's).
_PREFIX = "written_"
#: Combined statements by (read, write, the write's columns), built once each.
_COMBINED: dict[tuple[int, int, tuple[str, ...]], tuple[Any, Any, Any]] = {}


def rows_writing(read: Any, values: Mapping[str, Any], write: Any,
                 written: Mapping[str, Any]) -> list[tuple[Any, ...]]:  # fmt: skip
    """Every row of ``read`` with ``values`` (as :func:`smartapp.direct.rows`), and ``write`` (an
    INSERT of exactly the columns in ``written``) done in the request's transaction: on
    PostgreSQL in the same statement, elsewhere on its own by the request's commit (as
    :func:`write`)."""
    conn = direct.connection()
    if conn.dialect.name != "postgresql":
        direct.run_at_commit(write, written)
        return direct.rows(read, values, conn)
    statement = _combined(read, write, tuple(written))
    bound = {**values, **{_PREFIX + key: value for key, value in written.items()}}
    return direct.rows(statement, bound, conn)


def write(write: Any, written: Mapping[str, Any]) -> None:
    """``write`` alone, for a page with no read to send it with: on PostgreSQL at once (the
    pages' autocommit engine commits it), elsewhere by the request's commit, just before its
    COMMIT (:func:`smartapp.direct.run_at_commit`)."""
    conn = direct.connection()
    if conn.dialect.name == "postgresql":
        direct.run(write, written, conn)
    else:
        direct.run_at_commit(write, written)


def _combined(read: Any, write: Any, columns: Sequence[str]) -> Any:
    key = (id(read), id(write), tuple(columns))
    found = _COMBINED.get(key)
    if found is None or found[0] is not read or found[1] is not write:
        table = write.table
        each = {name: bindparam(_PREFIX + name, type_=table.c[name].type) for name in columns}
        statement = read.add_cte(write.values(each).cte("written"))
        found = _COMBINED[key] = (read, write, statement)  # kept: the key is their ids
    return found[2]
