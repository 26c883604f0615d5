"""The worklist and the request page read the launched session as a plain row and commit their
audit row on the connection (issue 19, twelfth pass: no ORM object, no Session commit) -- and
still do all the session's row must have: its use noted (the activity time written, as on any
page, when it is due), its idle and absolute limits enforced (the row deleted), the page view's
audit row committed before the response leaves."""

from __future__ import annotations

import datetime as dt

import pytest
from databases import BACKENDS, listening
from flask import g
from report_actors import COORDINATOR, app_on, save
from sqlalchemy import func, select, update

from smartapp.db import get_session, session_factory
from smartapp.launch.session import PlainLaunch
from smartapp.models import AppSession, AuditEvent, utcnow

CLINICIAN = "Practitioner/md-whitfield"


def _set(app, sid: str, **values) -> None:
    with session_factory(app)() as db:
        db.execute(update(AppSession).where(AppSession.id == sid).values(**values))
        db.commit()


def _row(app, sid: str) -> AppSession | None:
    with session_factory(app)() as db:
        return db.get(AppSession, sid)


def _utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


@pytest.fixture(params=BACKENDS)
def app(request, tmp_path):
    """The reports' app (tests/reports/conftest.py), on SQLite and on PostgreSQL."""
    with app_on(request.param, tmp_path) as app:
        yield app


@pytest.fixture
def pages(app, client, actors):
    """The two pages' paths, a coordinator signed in, and what each response saw before it left:
    the record's kind, the ORM objects the request's Session held, the view events committed."""
    seen: list[tuple[str, int, int]] = []

    @app.after_request
    def _look(response):  # type: ignore[no-untyped-def]
        with session_factory(app)() as other:  # another connection: committed rows only
            views = other.scalar(select(func.count()).select_from(AuditEvent)
                                 .where(AuditEvent.action.like("view_%")))  # fmt: skip
        record = g.get("launch_record")
        seen.append((type(record).__name__, len(get_session().identity_map), views))
        return response

    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    launch = actors.session(COORDINATOR)
    actors.sign_in(client, launch)
    return launch, ("/worklist", f"/requests/{request_id}"), seen


def test_the_pages_read_the_session_as_a_plain_row_and_commit_their_view_first(app, client, pages):
    launch, paths, seen = pages
    _set(app, launch.id, last_seen_at=utcnow())  # used just now: nothing to write
    for path in paths:
        before = seen[-1][2] if seen else None
        assert client.get(path).status_code == 200, path
        kind, held, views = seen[-1]
        assert kind == PlainLaunch.__name__ and held == 0, path
        assert before is None or views == before + 1, path  # committed before the response


@pytest.mark.parametrize("page", [0, 1])
def test_a_page_view_still_writes_the_sessions_activity_time(app, client, pages, page):
    launch, paths, seen = pages
    before = utcnow() - dt.timedelta(minutes=5)
    _set(app, launch.id, last_seen_at=before)
    assert client.get(paths[page]).status_code == 200
    assert seen[-1][0] == "AppSession"  # the ORM record, written as on every other page
    assert _utc(_row(app, launch.id).last_seen_at) > before + dt.timedelta(minutes=4)
    assert client.get(paths[page]).status_code == 200
    assert seen[-1][0] == PlainLaunch.__name__  # written a moment ago: not due again


@pytest.mark.parametrize("page", [0, 1])
@pytest.mark.parametrize("limit", ["idle", "absolute"])
def test_the_pages_end_a_session_past_a_limit(app, client, pages, page, limit):
    launch, paths, _seen = pages
    if limit == "idle":
        _set(app, launch.id, last_seen_at=utcnow() - dt.timedelta(minutes=31))
    else:
        _set(app, launch.id, created_at=utcnow() - dt.timedelta(hours=13), last_seen_at=utcnow())
    ended = client.get(paths[page])
    assert ended.status_code == 401 and "Your session ended" in ended.text
    assert _row(app, launch.id) is None


def test_the_request_page_reads_the_session_and_the_request_in_one_statement(app, client, pages):
    # One round trip for the session's row, the request and its version (issue 19, stop 46);
    # the same answers: a missing request 404 after the session was checked, no session 401.
    launch, paths, _seen = pages
    _set(app, launch.id, last_seen_at=utcnow())  # used just now: nothing to write
    statements: list[str] = []

    def seen(_connection, _cursor, statement, *_):  # type: ignore[no-untyped-def]
        statements.append(statement)

    with listening(app, "before_cursor_execute", seen):
        assert client.get(paths[1]).status_code == 200
        reads = [s for s in statements if "app_sessions" in s or "tracked_requests" in s]
        assert len(reads) == 1 and "saved_reports" in reads[0], reads
        statements.clear()
        missing = client.get("/requests/999999")
        assert missing.status_code == 404 and "No such request" in missing.text
        assert len([s for s in statements if "app_sessions" in s]) == 1
    with session_factory(app)() as db:
        db.execute(AppSession.__table__.delete().where(AppSession.id == launch.id))
        db.commit()
    gone = client.get(paths[1])
    assert gone.status_code == 401


def test_the_view_event_rides_with_the_names_read_on_postgresql(app, client, pages):
    # One round trip fewer a page view on PostgreSQL (issue 19, stop 50): the event's INSERT is
    # in the WITH of the names' statement, not a statement of its own; SQLite runs it alone.
    # Either way exactly one event a view, committed before the response (the fixture looks).
    launch, paths, seen = pages
    _set(app, launch.id, last_seen_at=utcnow())  # used just now: nothing to write
    postgresql = app.extensions["smartapp.db"].kw["bind"].dialect.name == "postgresql"
    statements: list[str] = []

    def on_statement(_connection, _cursor, statement, *_):  # type: ignore[no-untyped-def]
        statements.append(" ".join(statement.split()))

    with listening(app, "before_cursor_execute", on_statement):
        for path in paths:
            statements.clear()
            before = seen[-1][2] if seen else None
            assert client.get(path).status_code == 200, path
            alone = [s for s in statements if s.startswith("INSERT INTO audit_events")]
            riding = [s for s in statements if s.startswith("WITH ")
                      and "written AS (INSERT INTO audit_events" in s]  # fmt: skip
            assert (len(alone), len(riding)) == ((0, 1) if postgresql else (1, 0)), statements
            assert not riding or "FROM people" in riding[0] or "JOIN people" in riding[0]
            # The worklist's rides with its page statement, which looks up its names too
            # (stop 57): the session's row and that one statement, no names' read of its own.
            if postgresql and path == "/worklist":
                assert "FROM tracked_requests" in riding[0]
                assert len([s for s in statements if "audit_events" not in s]) == 1, statements
            assert before is None or seen[-1][2] == before + 1, path


def test_a_write_given_to_load_names_is_done_once_with_a_read_or_alone(app):
    # With names to read it rides with them (PostgreSQL) or goes first (SQLite); with none left
    # to read (asked already) it is still sent, alone. The names come back either way.
    from smartapp import direct
    from smartapp.people import load_names, remember
    from smartapp.reports.audit import view_event

    launch = AppSession(id="s", server_id="sandbox-plain", iss="https://ehr.example/fhir",
                        fhir_user="Practitioner/md-whitfield")  # fmt: skip
    with app.test_request_context():
        remember("Practitioner/md-whitfield", "Dr. Ana Whitfield", get_session())
    with app.test_request_context():
        first = view_event(launch, "view_one", detail={"n": 1})
        names = load_names(["Practitioner/md-whitfield"], written=first)
        assert names.get("Practitioner/md-whitfield") == "Dr. Ana Whitfield"
        load_names(["Practitioner/md-whitfield"], written=view_event(launch, "view_two"))
        direct.commit()
    with session_factory(app)() as db:
        events = db.execute(select(AuditEvent.action, AuditEvent.detail).order_by(AuditEvent.id))
        assert [tuple(row) for row in events] == [("view_one", {"n": 1}), ("view_two", {})]


@pytest.mark.parametrize("page", [0, 1])
def test_on_postgresql_each_of_the_pages_statements_commits(app, client, pages, page):
    # No BEGIN and COMMIT round trips on PostgreSQL (db.each_statement_commits, issue 19, stop
    # 53): the page's statements run on a connection of the autocommit engine, its view event
    # is committed before the response as before (the fixture looks from another connection),
    # and the main pool's connections stay in transaction mode for every other page.
    launch, paths, seen = pages
    _set(app, launch.id, last_seen_at=utcnow())
    main = app.extensions["smartapp.db"].kw["bind"]
    modes: list[tuple[bool, object]] = []

    def look(connection, *_):  # type: ignore[no-untyped-def]
        if connection is g.get("db_connection"):  # not the fixture's own count
            dbapi = connection.connection.dbapi_connection
            modes.append((connection.engine is main, getattr(dbapi, "autocommit", None)))

    with listening(app, "before_cursor_execute", look):
        before = seen[-1][2] if seen else 0
        assert client.get(paths[page]).status_code == 200
    assert seen[-1][2] == before + 1
    postgres = main.dialect.name == "postgresql"
    assert modes and set(modes) == ({(False, True)} if postgres else {(True, modes[0][1])}), modes
    with session_factory(app)() as db:  # a page of another kind: one transaction, as before
        assert db.connection().get_isolation_level() != "AUTOCOMMIT"
        if postgres:
            assert db.connection().connection.dbapi_connection.autocommit is False
