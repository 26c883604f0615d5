"""Migration 0014 (issue 19): the worklist's sort orders have indexes, on SQLite and PostgreSQL
(DATABASE_URL_TEST). The migration applies on a database at 0013 and is undone cleanly, the
schema it builds is the models' (the descending index included), and each sorted view's own
statement -- the one the worklist runs -- reads its page from its index instead of sorting every
request (the query plan names the index and has no sort step)."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from databases import BACKENDS, fresh_database
from sqlalchemy import create_engine, event, insert, inspect, text
from werkzeug.datastructures import MultiDict

from smartapp.db import alembic_config, upgrade
from smartapp.models import Base, TrackedRequest
from smartapp.reports.worklist import page_statement
from smartapp.reports.worklist_filter import parse_filter

SORT_INDEXES = {"ix_requests_updated", "ix_requests_readiness", "ix_requests_readiness_desc",
                "ix_requests_patient"}  # fmt: skip
#: Each sorted view (the first of them the default order) and the index that serves it.
VIEWS = {
    "": "ix_requests_updated",
    "sort=oldest": "ix_requests_updated",
    "sort=readiness": "ix_requests_readiness",
    "sort=readiness_desc": "ix_requests_readiness_desc",
    "max_readiness=85&sort=readiness_desc": "ix_requests_readiness_desc",
    "sort=patient": "ix_requests_patient",
}


@pytest.fixture(params=BACKENDS)
def engine(request, tmp_path):
    with fresh_database(request.param, tmp_path) as url:
        engine = create_engine(url)
        yield engine
        engine.dispose()


def _indexes(engine) -> set[str]:
    return {index["name"] for index in inspect(engine).get_indexes("tracked_requests")}


def _downgrade(engine, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def test_0014_adds_the_sort_indexes_and_takes_them_away(engine):
    upgrade(engine, "0013")
    assert not SORT_INDEXES & _indexes(engine)
    upgrade(engine)
    assert SORT_INDEXES <= _indexes(engine)
    with engine.connect() as connection:  # the models' schema, the descending index included
        assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
    columns = {index["name"]: index["column_names"]
               for index in inspect(engine).get_indexes("tracked_requests")}  # fmt: skip
    assert columns["ix_requests_updated"] == ["updated_at", "id"]
    assert columns["ix_requests_patient"] == ["patient_name", "id"]
    _downgrade(engine, "0013")
    assert not SORT_INDEXES & _indexes(engine)
    assert {"ix_requests_status_updated", "ix_requests_topic"} <= _indexes(engine)  # 0001, 0012
    upgrade(engine)  # and again after the downgrade
    assert SORT_INDEXES <= _indexes(engine)


def _seed(engine, count: int = 300) -> None:
    start = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    rows = [{"iss": "https://ehr.example.org/fhir", "patient_ref": f"Patient/p{n}",
             "patient_name": f"Patient {n * 7919 % count:03d}", "service_system": "cpt",
             "service_code": f"7{n % 9:04d}", "topic": ("imaging", "dme", "sleep")[n % 3],
             "status": ("open", "in_progress", "denied")[n % 3], "readiness": n * 37 % 101,
             "readiness_state": "not_ready", "required_gaps": 0, "version": 1,
             "created_at": start, "updated_at": start + dt.timedelta(minutes=n * 53 % count)}
            for n in range(count)]  # fmt: skip
    with engine.begin() as connection:
        connection.execute(insert(TrackedRequest.__table__), rows)
        connection.execute(text("ANALYZE"))


def _plan(engine, view: str) -> str:
    """The query plan of the worklist's statement for ``view``, as the worklist runs it."""
    postgres = engine.dialect.name == "postgresql"
    prefix = "EXPLAIN (COSTS OFF) " if postgres else "EXPLAIN QUERY PLAN "

    def explain(_connection, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        return prefix + statement, parameters

    spec = parse_filter(MultiDict([tuple(pair.split("=", 1)) for pair in view.split("&") if pair]))
    page, _total, values = page_statement(spec, "Practitioner/pa-coordinator")
    with engine.connect() as connection:
        if postgres:  # 300 rows: the planner may rightly prefer a sort; ask whether it can walk
            connection.execute(text("SET enable_sort = off"))
        event.listen(connection, "before_cursor_execute", explain, retval=True)
        lines = connection.execute(page, values).all()
    return "\n".join(str(line[0] if postgres else line[-1]) for line in lines)


@pytest.mark.parametrize("view", VIEWS)
def test_each_sorted_view_walks_its_index(engine, view):
    upgrade(engine)
    _seed(engine)
    plan = _plan(engine, view)
    assert VIEWS[view] in plan, plan
    assert "TEMP B-TREE" not in plan and "Sort" not in plan, plan
