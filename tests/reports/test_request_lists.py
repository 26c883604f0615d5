"""The request page's versions, comments and latest audit events, read in one UNION ALL round
trip (issue 19, eighth pass), are the rows the three statements it replaced read -- the same
fields in the same order, the same values and types, each list in its own order, the events
limited -- on SQLite and on PostgreSQL (DATABASE_URL_TEST): the union shares typed slots, and
PostgreSQL refuses a union whose NULLs it cannot type."""

from __future__ import annotations

import datetime as dt

import pytest
from dashboard_rows import seed
from databases import BACKENDS, fresh_database
from sqlalchemy import bindparam, insert, select

from smartapp import create_app
from smartapp.db import session_factory
from smartapp.models import AuditEvent, RequestComment, SavedReport
from smartapp.reports.request_lists import EVENT_COLUMNS, REQUEST_EVENTS, request_lists

_R, _C, _A = SavedReport.__table__.c, RequestComment.__table__.c, AuditEvent.__table__.c
#: The three statements the page ran before (issue 19, third pass), as the reference.
VERSIONS = (select(_R.id, _R.created_at, _R.readiness, _R.state, _R.run_by)
            .where(_R.request_id == bindparam("request")).order_by(_R.id.desc()))  # fmt: skip
COMMENTS = (select(_C.author, _C.text, _C.created_at)
            .where(_C.request_id == bindparam("request")).order_by(_C.id.asc()))  # fmt: skip
EVENTS = (select(*(_A[column.key] for column in EVENT_COLUMNS))
          .where(_A.request_id == bindparam("request"))
          .order_by(_A.id.desc()).limit(REQUEST_EVENTS + 1))  # fmt: skip


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):
    with fresh_database(request.param, tmp_path) as url:
        app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "DATABASE_URL": url})
        with session_factory(app)() as session:
            yield session
        app.extensions["smartapp.db"].kw["bind"].dispose()


def _write_activity(db, busy: int, quiet: int) -> None:
    """Comments on both requests; 25 events on ``busy`` (more than the page shows), two on
    ``quiet``; written out of time order, with and without a patient and a detail."""
    start = dt.datetime(2026, 11, 20, 9, 0, tzinfo=dt.UTC)
    comments = [
        {
            "request_id": busy,
            "author": "Practitioner/pa-1",
            "text": f"Called, {n} «ok»",
            "created_at": start + dt.timedelta(hours=3 - n),
        }
        for n in range(3)
    ]
    comments.append(
        {"request_id": quiet, "author": "someone typed", "text": "", "created_at": start}
    )
    events = [
        {
            "request_id": request_id,
            "at": start + dt.timedelta(minutes=(n * 7) % 25),
            "actor": f"https://ehr.example/fhir/Practitioner/p{n % 3}",
            "role": "coordinator",
            "action": ("view_request", "assign", "status")[n % 3],
            "patient_ref": None if n % 4 else f"Patient/{request_id}",
            "detail": {} if n % 2 else {"to": "Practitioner/p2", "n": n, "list": [1, "a"]},
        }
        for request_id, count in ((busy, 25), (quiet, 2))
        for n in range(count)
    ]
    db.execute(insert(RequestComment.__table__), comments)
    db.execute(insert(AuditEvent.__table__), events)
    db.commit()


def _values(rows) -> list[tuple]:
    return [tuple((type(value), value) for value in row) for row in rows]


def test_the_lists_are_the_three_statements_rows(db):
    ids = seed(db)  # request a has two saved versions
    _write_activity(db, ids["a"], ids["b"])
    for request_id in (ids["a"], ids["b"], ids["c"]):
        versions, comments, events = request_lists(db.connection(), request_id)
        for got, statement in ((versions, VERSIONS), (comments, COMMENTS), (events, EVENTS)):
            wanted = db.execute(statement, {"request": request_id}).all()
            assert _values(got) == _values(wanted)
            assert all(row._fields == wanted[0]._fields for row in got)
    versions, comments, events = request_lists(db.connection(), ids["a"])
    assert len(versions) == 2 and versions[0].id > versions[1].id
    assert [comment.text for comment in comments] == [f"Called, {n} «ok»" for n in range(3)]
    assert len(events) == REQUEST_EVENTS + 1 and events[0].detail["n"] == 24  # newest first
    assert request_lists(db.connection(), ids["c"])[1:] == ([], [])
    assert request_lists(db.connection(), -1) == ([], [], [])
