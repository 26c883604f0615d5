"""The worklist's view in one round trip after the session's row on PostgreSQL (issue 19, stop
57): its page statement writes the view's event in its WITH and looks up the names the page
shows. The event is the one the page wrote before (its detail ``{"results": total, "page": n}``,
past the last page too), once a view; the names are the ones read before, and a name changed
shows on the next view. On SQLite the page runs as before."""

from __future__ import annotations

import pytest
from databases import BACKENDS, fresh_database, listening
from report_actors import COORDINATOR, app_on, save
from sqlalchemy import create_engine, literal, select, update

from smartapp.db import session_factory
from smartapp.identity import user_ref
from smartapp.models import AppSession, AuditEvent, Person, TrackedRequest, utcnow
from smartapp.reports.worklist import _tail

CLINICIAN = "Practitioner/md-whitfield"
ASSIGNEE = "https://ehr.example/fhir/Practitioner/pa-lowe"


@pytest.fixture(params=BACKENDS)
def app(request, tmp_path):
    with app_on(request.param, tmp_path) as app:
        yield app


def _events(app) -> list[dict]:
    with session_factory(app)() as db:
        return [row.detail for row in db.query(AuditEvent)
                .filter(AuditEvent.action == "view_worklist").order_by(AuditEvent.id)]  # fmt: skip


def _sign_in_used_just_now(app, client, actors) -> None:
    """The coordinator signed in, the session used just now: no activity time to write."""
    launch = actors.session(COORDINATOR)
    actors.sign_in(client, launch)
    with session_factory(app)() as db:
        db.execute(update(AppSession).where(AppSession.id == launch.id)
                   .values(last_seen_at=utcnow()))  # fmt: skip
        db.commit()


def test_the_worklist_writes_its_event_and_shows_its_names(app, client, actors):
    save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    with session_factory(app)() as db:
        db.execute(update(TrackedRequest).values(assignee=ASSIGNEE))
        db.add(Person(identity="Practitioner/pa-lowe", name="Pat Lowe"))
        db.commit()
    _sign_in_used_just_now(app, client, actors)
    postgresql = app.extensions["smartapp.db"].kw["bind"].dialect.name == "postgresql"
    statements: list[str] = []

    def on_statement(_connection, _cursor, statement, *_):  # type: ignore[no-untyped-def]
        statements.append(statement)

    with listening(app, "before_cursor_execute", on_statement):
        page = client.get("/worklist")
    assert page.status_code == 200
    assert "Pat Lowe" in page.text and "pa-lowe" not in page.text.replace(ASSIGNEE, "")
    names_read = [s for s in statements if "JOIN people" in s or "FROM people" in s]
    assert len(names_read) == 1  # with the page's rows on PostgreSQL, on its own on SQLite
    assert ("FROM tracked_requests" in names_read[0]) is postgresql
    assert client.get("/worklist?page=2").status_code == 200  # past the last page
    assert _events(app) == [{"results": 1, "page": 1}, {"results": 1, "page": 2}]
    with session_factory(app)() as db:  # another worker's change: shown on the next view
        db.execute(update(Person).where(Person.identity == "Practitioner/pa-lowe")
                   .values(name="Patricia Lowe"))  # fmt: skip
        db.commit()
    assert "Patricia Lowe" in client.get("/worklist").text
    assert len(_events(app)) == 3


@pytest.mark.postgres
@pytest.mark.parametrize("text", [
    "Practitioner/p1", "https://ehr.example/fhir/Practitioner/p1", "https://ehr/fhir/Practitioner/p1/",
    "plain name", "abc/", "/abc", "a//b", "a/b//", "///", "Dana Okafor", "x/y/z",
])  # fmt: skip
def test_the_statements_tail_is_user_ref(text, tmp_path):
    # Which names the page statement looks up: a tail it got wrong would be read on its own.
    with fresh_database("postgresql", tmp_path) as url:
        engine = create_engine(url)
        with engine.connect() as connection:
            assert connection.scalar(select(_tail(literal(text)))) == user_ref(text)
        engine.dispose()


def test_the_request_page_reads_its_names_with_its_lists(app, client, actors):
    # The request page likewise (stop 57): on PostgreSQL its lists' statement writes the event
    # and looks up the names (the saver's, the assignee's by its tail), no statement of its own.
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    with session_factory(app)() as db:
        db.execute(update(TrackedRequest).values(assignee=ASSIGNEE))
        db.add(Person(identity="Practitioner/pa-lowe", name="Pat Lowe"))
        db.add(Person(identity="Practitioner/md-whitfield", name="Dr. Ana Whitfield"))
        db.commit()
    _sign_in_used_just_now(app, client, actors)
    postgresql = app.extensions["smartapp.db"].kw["bind"].dialect.name == "postgresql"
    statements: list[str] = []

    def on_statement(_connection, _cursor, statement, *_):  # type: ignore[no-untyped-def]
        statements.append(statement)

    assert client.get(f"/requests/{request_id}").status_code == 200  # its cards rendered
    with listening(app, "before_cursor_execute", on_statement):
        page = client.get(f"/requests/{request_id}")
    assert page.status_code == 200
    assert "Pat Lowe" in page.text and "Dr. Ana Whitfield" in page.text
    assert len(statements) == (2 if postgresql else 4), statements
    with session_factory(app)() as db:
        views = db.query(AuditEvent).filter(AuditEvent.action == "view_request").all()
        assert [(v.request_id, v.detail) for v in views] == [(request_id, {"report": 1})] * 2
        db.execute(update(Person).where(Person.identity == "Practitioner/pa-lowe")
                   .values(name="Patricia Lowe"))  # fmt: skip
        db.commit()
    assert "Patricia Lowe" in client.get(f"/requests/{request_id}").text
