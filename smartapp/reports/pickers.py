"""The worklist's and dashboard's filter pickers: the topics, services and assignees in use.

Every worklist and dashboard view lists them, so each list steps through its column's index
from one value to the next (migration 0012) rather than reading every row for a DISTINCT. The
worklist reads them as one more column of its page of rows (:data:`FACET_PAIRS`): one round
trip fewer a view (issue 19, stop 53); a page with no rows reads them on their own.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Text, literal, select, union_all
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from .. import direct
from ..models import TrackedRequest

_TABLE = TrackedRequest.__table__


def _in_use(facet: str, column: Any) -> Any:
    """The distinct non-empty values of ``column``, stepping through its index from one value to
    the next (a recursive query: one index seek per value, where DISTINCT read every row)."""
    # ORDER BY … LIMIT 1, not min(): SQLite reads min() over every entry past the value. Each
    # step a scalar subquery (NULL past the last value): SQLite takes no LIMIT in a bare term.
    def next_after(*where: Any) -> Any:
        return select(column).where(*where).order_by(column).limit(1).scalar_subquery()

    # From '' up: the pickers skip empty values, and ``IS NOT NULL`` would read every NULL
    # (unassigned requests) where ``> ''`` seeks.
    step = select(next_after(column > "").label("value")).cte(f"{facet}_in_use", recursive=True)
    after = next_after(column > step.c.value)
    step = step.union_all(select(after).where(step.c.value.is_not(None)))
    return select(literal(facet).label("facet"), step.c.value).where(step.c.value.is_not(None))


#: The filter pickers' values: one UNION ALL of the three lists, one round trip instead of
#: three (every worklist view runs it), built once (the statement never changes).
_FACET_COLUMNS = ("topics", "topic"), ("services", "service_code"), ("assignees", "assignee")
_FACETS = union_all(*(_in_use(name, _TABLE.c[column]) for name, column in _FACET_COLUMNS))


def facets(db: Session | None) -> dict[str, list[str]]:
    """Values the filter pickers offer: topics, services and assignees in use."""
    return _grouped(direct.rows(_FACETS, conn=direct.connection(db)))


def _grouped(pairs: Iterable[Sequence[Any]]) -> dict[str, list[str]]:
    """(facet, value) pairs as each picker's sorted values (empty values left out)."""
    found: dict[str, list[str]] = {name: [] for name, _ in _FACET_COLUMNS}
    for facet, value in pairs:
        if value:
            found[facet].append(value)
    return {name: sorted(values) for name, values in found.items()}


class pairs(FunctionElement[Any]):
    """A JSON array of [facet, value] pairs, aggregated by each database's own JSON functions,
    as text: every row of the page carries it, and only the first is decoded (a JSON column
    was decoded on all fifty rows by the driver: +0.25 ms a worklist view on PostgreSQL)."""

    type = Text()
    inherit_cache = True


@compiles(pairs)
def _pairs_sqlite(element: pairs, compiler: Any, **kw: Any) -> str:
    return f"json_group_array(json_array({compiler.process(element.clauses, **kw)}))"


@compiles(pairs, "postgresql")
def _pairs_postgresql(element: pairs, compiler: Any, **kw: Any) -> str:
    return f"CAST(json_agg(json_build_array({compiler.process(element.clauses, **kw)})) AS TEXT)"


IN_USE = _FACETS.subquery()
#: The pickers' values as one scalar column (computed once by the database, whatever the rows):
#: the worklist's page statement carries it beside its total (smartapp.reports.worklist).
FACET_PAIRS = select(pairs(IN_USE.c.facet, IN_USE.c.value)).scalar_subquery()


def facets_of(rows: list[Any]) -> dict[str, list[str]] | None:
    """The pickers' values carried by a worklist page's rows (:data:`FACET_PAIRS`), or None
    when no row carries them (no row, or the ``due`` filter's rows: the page reads them with
    :func:`facets` then)."""
    if not rows or "facets" not in rows[0]._fields:
        return None
    return _grouped(json.loads(rows[0].facets or "[]"))  # PostgreSQL: NULL if none in use
