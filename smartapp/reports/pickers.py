"""The worklist's and dashboard's filter pickers: the topics, services and assignees in use.

Every worklist and dashboard view lists them, so each list steps through its column's index
from one value to the next (migration 0012) rather than reading every row for a DISTINCT.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import literal, select, union_all
from sqlalchemy.orm import Session

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


def facets(db: Session) -> dict[str, list[str]]:
    """Values the filter pickers offer: topics, services and assignees in use."""
    found: dict[str, list[str]] = {name: [] for name, _ in _FACET_COLUMNS}
    for facet, value in direct.rows(_FACETS, conn=direct.connection(db)):
        if value:
            found[facet].append(value)
    return {name: sorted(values) for name, values in found.items()}
