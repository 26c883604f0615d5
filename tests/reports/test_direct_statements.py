"""The page statements sent on the driver's cursor (smartapp.direct, issue 19, twelfth pass)
read what SQLAlchemy's execution of the same statements reads -- the same values, of the same
types, in the same column order -- on SQLite and on PostgreSQL (DATABASE_URL_TEST): the bind
and result processors are SQLAlchemy's own (JSON, SQLite's dates and flags), an expanding IN
is bound for each length, the one INSERT writes the row the ORM would. Errors and statement
listeners are as SQLAlchemy's."""

from __future__ import annotations

import datetime as dt

import pytest
from dashboard_rows import seed
from sqlalchemy import event, select
from sqlalchemy.exc import DBAPIError

from smartapp import direct
from smartapp.appeals.web.request_panel import _PACKETS
from smartapp.launch.session import _BY_ID
from smartapp.models import AppealPacket, AppSession, AuditEvent, Person, SavedReport
from smartapp.people import _NAMED, _NAMES
from smartapp.reports.access import _SAVED_BY, _WITH_VERSION
from smartapp.reports.audit import _INSERT
from smartapp.reports.listing import _UNCHECKED
from smartapp.reports.pickers import _FACETS
from smartapp.reports.worklist import page_statement
from smartapp.reports.worklist_filter import WorklistFilter


def _typed(rows) -> list[tuple]:
    return [tuple((type(value), value) for value in row) for row in rows]


def _same(db, statement, values=None) -> list[tuple]:
    """direct's rows of ``statement``, checked against SQLAlchemy's own execution."""
    got = direct.rows(statement, values or {}, db.connection())
    wanted = db.connection().execute(statement, values or {}).all()
    assert _typed(got) == _typed(wanted)
    assert all(type(row) is tuple for row in got)
    named = direct.named(statement, values or {}, db.connection())
    assert [row._fields for row in named] == [row._fields for row in wanted]
    return got


def _session_row(db) -> str:
    db.add(AppSession(id="sid-1", server_id="s", iss="https://ehr.example/fhir",
                      token_endpoint="https://ehr.example/token", fhir_user="Practitioner/p1",
                      granted_scope="user/*.rs", fhir_context=[{"reference": "Encounter/e"}],
                      need_patient_banner=False, access_token="sealed",
                      expires_at=dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.UTC),
                      last_seen_at=dt.datetime(2026, 12, 1, 9, 0, 5, 120, tzinfo=dt.UTC),
                      ))  # fmt: skip
    db.commit()
    return "sid-1"


def test_the_pages_statements_read_what_sqlalchemy_reads(db):
    ids = seed(db)
    db.add_all([Person(identity=f"Practitioner/p{n}", name=f"Dr. P{n}") for n in range(4)])
    db.commit()
    row = _same(db, _BY_ID, {"sid": _session_row(db)})[0]
    assert row[9] is False and row[8] == [{"reference": "Encounter/e"}]  # a flag, JSON
    assert _same(db, _BY_ID, {"sid": "none"}) == []
    for report in (None, -1):
        assert len(_same(db, _WITH_VERSION, {"id": ids["a"], "report": report})) == 1
    _same(db, _SAVED_BY, {"request": ids["a"], "me": "Practitioner/md-whitfield"})
    _same(db, _FACETS)
    db.add_all([AppealPacket(request_id=ids["a"], status=status, created_by="Practitioner/p2")
                for status in ("done", "building")])  # fmt: skip
    db.commit()
    assert len(_same(db, _PACKETS, {"request": ids["a"]})) == 2
    reports = db.scalars(select(SavedReport.id)).all()
    for some in (reports[:1], reports, []):
        assert len(_same(db, _UNCHECKED, {"ids": some})) == len(some)
    _same(db, _NAMES)
    for asked, found in ((["Practitioner/p1"], 1), (["Practitioner/p3", "x", "Practitioner/p0"], 2),
                         (["x", "y"], 0)):  # fmt: skip
        assert len(_same(db, _NAMED, {"identities": asked})) == found
    specs = (WorklistFilter(), WorklistFilter(statuses=["open"], sort="readiness"),
             WorklistFilter(statuses=["open", "denied"], patient="a", page=1),
             WorklistFilter(updated_from=dt.date(2026, 11, 1), assignee="unassigned"))  # fmt: skip
    for spec in specs:
        page, _every, values = page_statement(spec, "Practitioner/me")
        assert _same(db, page, values), spec


def test_the_view_event_insert_writes_the_row_the_orm_writes(db):
    at = dt.datetime(2026, 12, 1, 9, 0, 1, 5, tzinfo=dt.UTC)
    values = {"at": at, "actor": "https://ehr.example/fhir/Practitioner/p1", "role": "coordinator",
              "action": "view_request", "request_id": 7, "patient_ref": "Patient/x",
              "detail": {"report": 3, "words": "«ok»"}}  # fmt: skip
    direct.run(_INSERT, values, db.connection())
    db.add(AuditEvent(**{**values, "action": "orm"}))
    db.commit()
    rows = db.execute(select(AuditEvent.__table__).order_by(AuditEvent.id)).all()
    assert len(rows) == 2
    mine, orm = (row._asdict() for row in rows)
    assert mine.pop("id") < orm.pop("id") and mine.pop("action") == "view_request"
    orm.pop("action")
    assert _typed([mine.values()]) == _typed([orm.values()])


def test_listeners_see_every_statement_and_errors_are_sqlalchemys(db):
    seen: list[str] = []

    def on_statement(_connection, _cursor, statement, *_):  # type: ignore[no-untyped-def]
        seen.append(statement)

    engine = db.get_bind()
    event.listen(engine, "before_cursor_execute", on_statement)
    try:
        direct.rows(_BY_ID, {"sid": "secret-value"}, db.connection())
    finally:
        event.remove(engine, "before_cursor_execute", on_statement)
    assert len(seen) == 1 and "app_sessions" in seen[0]
    with pytest.raises(KeyError):
        direct.rows(_BY_ID, {}, db.connection())
    db.rollback()
    broken = select(Person.__table__.c.identity).where(Person.__table__.c.name == "never")
    connection = db.connection()
    connection.exec_driver_sql("DROP TABLE people")
    with pytest.raises(DBAPIError) as raised:
        direct.rows(broken, {}, connection)
    assert "people" in str(raised.value)
    db.rollback()


def test_one_cursor_a_driver_connection_and_a_new_one_after_an_error(db):
    """The statements share one cursor per driver connection (issue 19, stop 49); one that
    failed is not used again: the next statement gets a new cursor and reads its rows."""
    cursors: list[object] = []

    def on_statement(_connection, cursor, statement, *_):  # type: ignore[no-untyped-def]
        if not statement.startswith("DROP"):  # SQLAlchemy's own execution, its own cursor
            cursors.append(cursor)

    sid = _session_row(db)
    engine = db.get_bind()
    event.listen(engine, "before_cursor_execute", on_statement)
    try:
        read = direct.rows(_BY_ID, {"sid": sid}, db.connection())
        assert direct.rows(_BY_ID, {"sid": sid}, db.connection()) == read
        broken = select(Person.__table__.c.identity).where(Person.__table__.c.name == "never")
        db.connection().exec_driver_sql("DROP TABLE people")
        with pytest.raises(DBAPIError):
            direct.rows(broken, {}, db.connection())
        db.rollback()
        assert direct.rows(_BY_ID, {"sid": sid}, db.connection()) == read
    finally:
        event.remove(engine, "before_cursor_execute", on_statement)
    assert cursors[0] is cursors[1] is cursors[2]
    assert cursors[3] is not cursors[2]
