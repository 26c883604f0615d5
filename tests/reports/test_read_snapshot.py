"""On SQLite the worklist's and request page's reads share one read transaction
(smartapp.db.one_read_snapshot, issue 19 stop 59): one snapshot for the page, so another worker's
commit in the middle of a page neither shows in half of it nor drops the connection's page cache
before each of its statements. The snapshot ends before the page writes anything -- its view
event, the session's activity time, a version's first rendered cards -- so no write ever tries to
upgrade a stale snapshot (SQLITE_BUSY_SNAPSHOT, which no busy handler waits out); what a failing
page wrote is still rolled back."""

from __future__ import annotations

import datetime as dt

import pytest
from databases import listening
from report_actors import COORDINATOR, save
from sqlalchemy import func, select, update

from smartapp import direct
from smartapp.db import (
    close_session,
    get_session,
    one_read_snapshot,
    request_connection,
    rollback_request,
    session_factory,
)
from smartapp.launch.lifetime import TOUCH_EVERY
from smartapp.models import AppSession, AuditEvent, utcnow
from smartapp.reports.audit import _INSERT

CLINICIAN = "Practitioner/md-whitfield"
_COUNT = select(func.count()).select_from(AuditEvent.__table__)


def _event(action: str) -> dict[str, object]:
    return {"at": utcnow(), "actor": "a", "role": "r", "action": action, "request_id": None,
            "patient_ref": None, "detail": {}}  # fmt: skip


def _elsewhere(app, action: str = "elsewhere") -> None:
    """Another worker's write, committed on a connection of its own."""
    with session_factory(app)() as db:
        db.add(AuditEvent(**_event(action)))
        db.commit()


def _count(app, action: str | None = None) -> int:
    with session_factory(app)() as db:
        query = _COUNT if action is None else _COUNT.where(AuditEvent.action == action)
        return db.scalar(query)  # type: ignore[no-any-return]


def _in_snapshot(app, body):  # type: ignore[no-untyped-def]
    """Run ``body()`` in a request as a page marked ``one_read_snapshot`` runs, then tear down."""
    with app.test_request_context():
        try:
            return one_read_snapshot(body)()
        finally:
            close_session()


def _driver():  # type: ignore[no-untyped-def]
    return request_connection().connection.dbapi_connection


def test_a_pages_reads_see_one_snapshot(app):
    seen: list[int] = []

    def page() -> None:
        seen.append(direct.first(_COUNT)[0])
        assert _driver().in_transaction  # the read transaction is open
        _elsewhere(app)
        seen.append(direct.first(_COUNT)[0])  # the same snapshot: the other write not seen
        direct.commit()
        assert not _driver().in_transaction
        seen.append(direct.first(_COUNT)[0])  # past the page's reads: seen

    _in_snapshot(app, page)
    assert seen[0] == seen[1] and seen[2] == seen[1] + 1


def test_without_the_mark_each_statement_reads_afresh(app):
    # What the mark changes: unmarked, each SELECT is a read transaction of its own.
    seen: list[int] = []
    with app.test_request_context():
        seen.append(direct.first(_COUNT)[0])
        assert not _driver().in_transaction
        _elsewhere(app)
        seen.append(direct.first(_COUNT)[0])
        close_session()
    assert seen[1] == seen[0] + 1


def test_the_view_event_after_a_stale_snapshot_is_written(app):
    # Another worker commits while the page reads: its snapshot is stale. The view event is sent
    # by the page's commit after the snapshot ended, so it waits for the write lock as before
    # instead of failing at once (SQLITE_BUSY_SNAPSHOT).
    before = _count(app)

    def page() -> None:
        direct.first(_COUNT)
        _elsewhere(app)
        direct.run_at_commit(_INSERT, _event("view_x"))
        direct.commit()

    _in_snapshot(app, page)
    assert _count(app) == before + 2 and _count(app, "view_x") == 1


def test_a_write_on_the_cursor_ends_the_snapshot_first(app):
    def page() -> None:
        direct.first(_COUNT)
        _elsewhere(app)
        direct.run(_INSERT, _event("view_x"))  # sent at once, not at the commit
        direct.commit()

    _in_snapshot(app, page)
    assert _count(app, "view_x") == 1


def test_a_session_opened_in_a_snapshot_writes(app):
    # The ORM Session (the activity time, a version's first cards) ends the snapshot when it is
    # opened: its flush then begins a write transaction of its own.
    def page() -> None:
        direct.first(_COUNT)
        _elsewhere(app)
        get_session().add(AuditEvent(**_event("view_orm")))
        direct.commit()

    _in_snapshot(app, page)
    assert _count(app, "view_orm") == 1


@pytest.mark.parametrize("how", ["cursor", "session", "at_commit"])
def test_a_failing_page_still_rolls_back(app, how):
    # Whatever the page wrote before it failed is rolled back (the error handler's
    # rollback_request, then the connection's return to the pool), the snapshot with it.
    before = _count(app)

    def page() -> None:
        direct.first(_COUNT)
        _elsewhere(app)
        if how == "cursor":
            direct.run(_INSERT, _event("view_x"))
        elif how == "session":
            get_session().add(AuditEvent(**_event("view_x")))
            get_session().flush()
        else:
            direct.run_at_commit(_INSERT, _event("view_x"))
        raise ValueError("bad input")

    with pytest.raises(ValueError):
        with app.test_request_context():
            try:
                one_read_snapshot(page)()
            except ValueError:
                rollback_request()
                assert not _driver().in_transaction
                raise
            finally:
                close_session()
    assert _count(app, "view_x") == 0 and _count(app) == before + 1  # only the other's


def test_a_write_inside_the_snapshot_is_left_to_the_pages_commit(app):
    # Should a write reach the driver inside the snapshot all the same, ending the snapshot does
    # not commit it: it stays the page's, committed by its commit (or rolled back with it).
    def page() -> None:
        direct.first(_COUNT)
        _driver().execute("INSERT INTO audit_events (at, actor, role, action, detail) "
                          "VALUES ('2026-01-01', 'a', 'r', 'inside', '{}')")  # fmt: skip
        rollback_request()  # a failure: the write goes

    _in_snapshot(app, page)
    assert _count(app, "inside") == 0


def _sign_in(app, client, actors) -> tuple[int, str]:
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    launch = actors.session(COORDINATOR)
    actors.sign_in(client, launch)
    assert client.get(f"/requests/{request_id}").status_code == 200  # cards rendered, session used
    return request_id, launch.id


@pytest.mark.parametrize("path", ["/worklist", "/worklist?due=overdue", "/requests/{request}"])
@pytest.mark.parametrize("touched", [False, True])
def test_the_pages_read_in_one_transaction_and_still_write(app, client, actors, path, touched):
    # Every SELECT of the page before its commit runs inside the read transaction; another
    # worker's commit after the page's first statement fails nothing: the view event and, when
    # due, the session's activity time are written.
    request_id, sid = _sign_in(app, client, actors)
    path = path.format(request=request_id)
    action = "view_worklist" if path.startswith("/worklist") else "view_request"
    if touched:
        with session_factory(app)() as db:
            stale = utcnow() - TOUCH_EVERY - dt.timedelta(minutes=1)
            db.execute(update(AppSession).where(AppSession.id == sid).values(last_seen_at=stale))
            db.commit()
    sent: list[tuple[str, bool]] = []
    other: list[bool] = []

    def statement(conn, _cursor, sql, *_rest):  # type: ignore[no-untyped-def]
        if other == [True]:  # the other worker's own statements
            return
        if sent and not other:  # after the page's first statement: its snapshot goes stale
            other.append(True)
            _elsewhere(app)
            other[0] = False
        sent.append((sql.split()[0].upper(), conn.connection.dbapi_connection.in_transaction))

    before = _count(app, action)
    with listening(app, "before_cursor_execute", statement):
        assert client.get(path).status_code == 200
    assert _count(app, action) == before + 1
    reads = [inside for kind, inside in sent if kind == "SELECT"]
    if not touched:  # a touch view's Session ends the snapshot at the activity time's write
        assert reads and all(reads), sent
    assert other == [False]  # the other worker's write ran mid-page
    if touched:
        with session_factory(app)() as db:
            seen = db.get(AppSession, sid).last_seen_at
        seen = seen if seen.tzinfo else seen.replace(tzinfo=dt.UTC)
        assert seen > utcnow() - dt.timedelta(minutes=1)
