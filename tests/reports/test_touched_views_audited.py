"""Every view is audited, the one that writes the session's activity time too (issue 19, stop 57's
"found, not fixed"): on such a view current_launch commits the activity time through the ORM
Session, and the page's view event, sent afterwards on the driver's cursor (smartapp.direct), was
left in a driver transaction nobody committed -- the Session's commit had nothing of its own --
and rolled back when the connection went back to the pool (SQLite; PostgreSQL's pages commit each
statement). Each view here writes exactly one event, committed before the page is sent, whether
the activity time is due (right after sign-in, or a view past ``TOUCH_EVERY``) or not; and what
the ORM pages write on such a view (a change, its event, a download's event) is kept too."""

from __future__ import annotations

import datetime as dt

import pytest
from appeal_helpers import record_denial, store_packet
from databases import BACKENDS, listening
from page_forms import csrf_of, version_of
from report_actors import COORDINATOR, app_on, save
from sqlalchemy import func, select, update

from smartapp.db import session_factory
from smartapp.launch.lifetime import TOUCH_EVERY
from smartapp.models import AppSession, AuditEvent, RequestComment, TrackedRequest, utcnow

CLINICIAN = "Practitioner/md-whitfield"


@pytest.fixture(params=BACKENDS)
def app(request, tmp_path):
    """The reports' app (tests/reports/conftest.py) on a SQLite file and on PostgreSQL."""
    with app_on(request.param, tmp_path) as app:
        yield app


def _stale(app, sid: str) -> dt.datetime:
    """The session last used longer ago than TOUCH_EVERY: its next view writes the time."""
    before = utcnow() - TOUCH_EVERY - dt.timedelta(minutes=1)
    with session_factory(app)() as db:
        db.execute(update(AppSession).where(AppSession.id == sid).values(last_seen_at=before))
        db.commit()
    return before


def _seen_at(app, sid: str) -> dt.datetime | None:
    with session_factory(app)() as db:
        value = db.get(AppSession, sid).last_seen_at
    return value if value is None or value.tzinfo else value.replace(tzinfo=dt.UTC)


def _events(app, action: str) -> int:
    with session_factory(app)() as db:
        return db.scalar(select(func.count()).select_from(AuditEvent)
                         .where(AuditEvent.action == action))  # fmt: skip


def _view(app, client, sid: str, path: str, action: str, *, touched: bool) -> int:
    """GET ``path``: 200 and exactly one ``action`` event; the activity time written if due.
    Returns how many COMMITs the view sent."""
    before, seen = _events(app, action), _seen_at(app, sid)
    commits: list[object] = []
    with listening(app, "commit", lambda connection: commits.append(connection)):
        page = client.get(path)
    assert page.status_code == 200, (path, page.text[:300])
    assert _events(app, action) == before + 1, (path, "touched" if touched else "not due")
    after = _seen_at(app, sid)
    if touched:
        assert after is not None and (seen is None or after > seen + TOUCH_EVERY), path
    else:
        assert after == seen, path
    return len(commits)


@pytest.fixture
def coordinator(app, client, actors):
    """A saved request (its cards rendered once by a clinician's view), a coordinator's session
    signed in and never used: (request id, saved version id, session id)."""
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    with session_factory(app)() as db:
        report_id = db.get(TrackedRequest, request_id).latest_report_id
    launch = actors.session(COORDINATOR)
    actors.sign_in(client, launch)
    return request_id, report_id, launch.id


def test_the_first_worklist_view_after_sign_in_is_audited(app, client, coordinator):
    # The session never used: its first view writes the activity time (3c0a9f32's lost event).
    _request_id, _report_id, sid = coordinator
    assert _seen_at(app, sid) is None
    _view(app, client, sid, "/worklist", "view_worklist", touched=True)
    _view(app, client, sid, "/worklist", "view_worklist", touched=False)


@pytest.mark.parametrize("path", [
    "/worklist", "/worklist?page=2", "/worklist?due=overdue", "/worklist?status=open",
    "/requests/{request}", "/requests/{request}/reports/{report}",
])  # fmt: skip
def test_a_view_that_writes_the_activity_time_writes_its_event(app, client, coordinator, path):
    request_id, report_id, sid = coordinator
    path = path.format(request=request_id, report=report_id)
    action = "view_worklist" if path.startswith("/worklist") else "view_request"
    # Due (never used), not due, due again with the page's cards kept (nothing else for the
    # Session to write), not due again: one event each.
    _view(app, client, sid, path, action, touched=True)
    plain = _view(app, client, sid, path, action, touched=False)
    _stale(app, sid)
    touched = _view(app, client, sid, path, action, touched=True)
    # One COMMIT a view, the page's; on the touch view the activity time's (current_launch)
    # before it. On PostgreSQL the page's statements commit each on its own
    # (db.each_statement_commits): the activity time's only.
    sqlite = app.extensions["smartapp.db"].kw["bind"].dialect.name == "sqlite"
    assert _view(app, client, sid, path, action, touched=False) == plain == (1 if sqlite else 0)
    assert touched == (2 if sqlite else 1)


def test_the_orm_pages_views_on_a_touch_are_audited(app, client, actors, coordinator):
    # The pages that write their view event through the ORM Session, on a view that writes the
    # activity time first: the same one event each.
    request_id, report_id, sid = coordinator
    assert record_denial(client, request_id).status_code == 302
    packet = store_packet(app, request_id)
    pages = [
        ("/dashboard", "view_dashboard"),
        ("/audit", "view_audit"),
        (f"/audit?request={request_id}", "view_audit"),
        ("/appeals/digest", "view_digest"),
        (f"/requests/{request_id}/denial", "view_denial_form"),
        (f"/requests/{request_id}/packets/{packet}", "view_packet"),
        (f"/requests/{request_id}/reports/{report_id}/print", "print"),
        (f"/requests/{request_id}/reports/{report_id}/report.json", "export_json"),
        (f"/requests/{request_id}/packets/{packet}/packet.json", "export_packet_json"),
    ]
    for path, action in pages:
        _stale(app, sid)
        _view(app, client, sid, path, action, touched=True)


def test_changes_on_a_touch_are_kept(app, client, coordinator):
    # A worklist action's change and its event, on a view that writes the activity time first.
    request_id, _report_id, sid = coordinator
    page = client.get(f"/requests/{request_id}")
    form = {"csrf_token": csrf_of(page.text), "version": version_of(page.text)}
    _stale(app, sid)
    moved = client.post(
        f"/requests/{request_id}/status",
        data={**form, "status": "in_progress", "comment": "Calling the clinic"},
    )
    assert moved.status_code == 302
    page = client.get(f"/requests/{request_id}")
    form = {"csrf_token": csrf_of(page.text), "version": version_of(page.text)}
    _stale(app, sid)
    assigned = client.post(
        f"/requests/{request_id}/assign", data={**form, "assignee": "Practitioner/pa-ortiz"}
    )
    assert assigned.status_code == 302
    _stale(app, sid)
    commented = client.post(
        f"/requests/{request_id}/comments",
        data={"csrf_token": form["csrf_token"], "text": "Faxed the notes"},
    )
    assert commented.status_code == 302
    _stale(app, sid)
    assert record_denial(client, request_id).status_code == 302
    with session_factory(app)() as db:
        tracked = db.get(TrackedRequest, request_id)
        assert (tracked.status, tracked.assignee.endswith("Practitioner/pa-ortiz")) == (
            "denied",
            True,
        )
        assert tracked.denial["reason_text"].startswith("Six weeks")
        comments = db.scalars(select(RequestComment.text).order_by(RequestComment.id)).all()
        assert comments == ["Calling the clinic", "Faxed the notes"]
    for action in ("status_change", "assign", "comment"):
        assert _events(app, action) >= 1, action


@pytest.mark.parametrize("before", ["session_committed", "core_read", "session_pending", "none"])
def test_direct_commit_keeps_what_the_request_wrote_either_way(app, before):
    # The page's one commit path (smartapp.direct.commit), whatever began the transaction its
    # write is in: a Session already committed (the touch view), a read on the connection
    # itself (the worklist's due filter: a Core transaction), an ORM row still to flush, or
    # nothing. On PostgreSQL this is the main engine (not the autocommit pages'): psycopg opens
    # a transaction at the first statement, so the same loss would show there.
    from flask import g

    from smartapp import direct
    from smartapp.db import close_session, get_session, request_connection
    from smartapp.reports.audit import _INSERT

    with app.test_request_context():
        if before in ("session_committed", "core_read"):  # as current_launch's touch leaves it
            g.launch_record = AppSession(id="s1", server_id="x", iss="x", token_endpoint="x",
                                         granted_scope="", access_token="x",
                                         expires_at=utcnow())  # fmt: skip
            get_session().add(g.launch_record)  # held: the Session's identity map keeps it
            get_session().commit()
        if before == "core_read":
            request_connection().execute(select(AuditEvent.id)).all()
        direct.run(_INSERT, {"at": utcnow(), "actor": "a", "role": "r", "action": "view_x",
                             "request_id": None, "patient_ref": None, "detail": {}})  # fmt: skip
        if before == "session_pending":
            get_session().add(AuditEvent(actor="a", role="r", action="view_orm", detail={}))
        direct.commit()
        assert "db_connection" in g
        close_session()  # teardown: the connection back to the pool (its reset rolls back)
    assert _events(app, "view_x") == 1
    assert _events(app, "view_orm") == (1 if before == "session_pending" else 0)


@pytest.mark.parametrize("app", ["sqlite"], indirect=True)  # PostgreSQL: the event rides in a read
@pytest.mark.parametrize("path", ["/worklist", "/worklist?due=overdue", "/requests/{request}"])
@pytest.mark.parametrize("touched", [False, True])
def test_sqlite_sends_the_view_event_just_before_its_commit(app, client, coordinator, path,
                                                             touched):  # fmt: skip
    # SQLite's write lock is taken by the INSERT and held to the COMMIT: the view event is sent
    # by the page's commit (direct.run_at_commit), so no read or render of the page runs while
    # the other workers' writes wait (issue 19, stop 58). One event, committed, as before. Only
    # SQLite instances are generated (no skip: the clean clone allows none but the references').
    assert app.extensions["smartapp.db"].kw["bind"].dialect.name == "sqlite"
    request_id, _report_id, sid = coordinator
    path = path.format(request=request_id)
    action = "view_worklist" if path.startswith("/worklist") else "view_request"
    _view(app, client, sid, path, action, touched=True)  # the cards rendered, the session used
    if touched:
        _stale(app, sid)
    sent: list[str] = []

    def statement(_conn, _cursor, sql, *_rest):  # type: ignore[no-untyped-def]
        sent.append(sql.split()[0].upper())

    before = _events(app, action)
    with listening(app, "before_cursor_execute", statement), \
            listening(app, "commit", lambda _connection: sent.append("COMMIT")):  # fmt: skip
        assert client.get(path).status_code == 200
    assert _events(app, action) == before + 1
    # The page's own writes: the INSERT, then straight away the COMMIT, nothing after them.
    assert sent[-2:] == ["INSERT", "COMMIT"], sent
    assert sent.count("INSERT") == 1, sent
