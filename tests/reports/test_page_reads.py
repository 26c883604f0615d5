"""What the read-only pages read (issue 19, third pass): plain rows instead of ORM loads, and
everything they still must do -- keep the launched session alive, end it, audit every view."""

from __future__ import annotations

import datetime as dt

from databases import listening
from report_actors import COORDINATOR, save
from sqlalchemy import event, update

from smartapp.db import session_factory
from smartapp.models import AppSession, Base, utcnow

CLINICIAN = "Practitioner/md-whitfield"


def _session_row(app, sid: str) -> AppSession | None:
    with session_factory(app)() as db:
        return db.get(AppSession, sid)


def _set(app, sid: str, **values) -> None:
    with session_factory(app)() as db:
        db.execute(update(AppSession).where(AppSession.id == sid).values(**values))
        db.commit()


def _utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def test_a_page_view_writes_the_sessions_activity_time(app, client, actors):
    # The session's row is read as a plain row and attached as loaded: its activity time must
    # still be written (else an active user's session would end at the idle limit).
    launch = actors.session(COORDINATOR)
    actors.sign_in(client, launch)
    before = utcnow() - dt.timedelta(minutes=5)
    _set(app, launch.id, last_seen_at=before)
    assert client.get("/worklist").status_code == 200
    seen = _utc(_session_row(app, launch.id).last_seen_at)
    assert seen > before + dt.timedelta(minutes=4)


def test_a_session_past_its_idle_limit_is_ended_and_deleted(app, client, actors):
    launch = actors.session(COORDINATOR)
    actors.sign_in(client, launch)
    _set(app, launch.id, last_seen_at=utcnow() - dt.timedelta(minutes=31))
    page = client.get("/worklist")
    assert page.status_code == 401 and "Your session ended" in page.text
    assert _session_row(app, launch.id) is None


def test_the_worklist_and_request_page_build_no_orm_objects(app, client, actors):
    # Read-only pages read plain rows: an ORM load (identity map, instrumented state) per
    # request, version and override was most of a request page's database time (issue 19).
    request_id = save(client, actors, actors.session(CLINICIAN), "lmri-gapped")
    actors.sign_in(client, actors.session(COORDINATOR))
    loaded: list[str] = []

    def on_load(target, _context):  # type: ignore[no-untyped-def]
        loaded.append(type(target).__name__)

    event.listen(Base, "load", on_load, propagate=True)
    try:
        for path in ("/worklist", f"/requests/{request_id}", "/worklist?due=urgent"):
            loaded.clear()
            assert client.get(path).status_code == 200, path
            assert loaded == [], path
    finally:
        event.remove(Base, "load", on_load)


def test_plain_rows_read_as_the_rows_they_copy(app, client, actors):
    # The request page reads its rows as named tuples (reports.access.plain): every column by
    # the same name, with the same value, and a missing row stays missing.
    from sqlalchemy import select

    from smartapp.models import TrackedRequest
    from smartapp.reports.access import plain

    save(client, actors, actors.session(CLINICIAN), "lmri-gapped", "PLAIN ROW")
    table = TrackedRequest.__table__
    with session_factory(app)() as db:
        rows = db.execute(select(table)).all()
        copies = [plain(row) for row in db.execute(select(table))]
        none = plain(db.execute(select(table).where(table.c.id == -1)).first())
    assert none is None and len(copies) == len(rows) == 1
    for column in table.c:
        assert getattr(copies[0], column.key) == getattr(rows[0], column.key)
    assert copies[0].patient_name == "PLAIN ROW" and tuple(copies[0]) == tuple(rows[0])


def test_the_request_page_reads_its_rows_in_two_statements_and_refuses_as_before(
    app, client, actors
):
    # The request with its version in one statement, its versions, comments and events and the
    # version's overrides and attestations in another (issue 19, eighth pass: four statements
    # before; eleventh: the overrides and attestations were two more); the same refusals.
    import re

    from sqlalchemy import select

    from smartapp.models import SavedReport

    clinician = actors.session(CLINICIAN)
    first = save(client, actors, clinician, "lmri-gapped")
    assert save(client, actors, clinician, "lmri-gapped") == first  # a second version
    other = save(client, actors, clinician, "tka-gapped")
    with session_factory(app)() as db:
        older, latest = db.scalars(select(SavedReport.id).where(SavedReport.request_id == first)
                                   .order_by(SavedReport.id)).all()  # fmt: skip
        elsewhere = db.scalar(select(SavedReport.id).where(SavedReport.request_id == other))
    actors.sign_in(client, actors.session(COORDINATOR))
    statements: list[str] = []

    def seen(_connection, _cursor, statement, *_):  # type: ignore[no-untyped-def]
        statements.append(statement)

    with listening(app, "before_cursor_execute", seen):
        page = client.get(f"/requests/{first}")
    assert page.status_code == 200
    lists = re.compile(
        r"\b(saved_reports|request_comments|audit_events|item_overrides|item_attestations)\b")
    reads = [s for s in statements if s.lstrip().startswith("SELECT") and lists.search(s)]
    # Rendered for the first time, the page reads the version's written-once JSON in a third
    # (stop 61); a kept page needs it not, so every later view reads in two.
    assert len(reads) == 3 and "record_refs" in reads[2] and "record_refs" not in reads[0], reads
    statements.clear()
    with listening(app, "before_cursor_execute", seen):
        assert client.get(f"/requests/{first}").status_code == 200
    reads = [s for s in statements if s.lstrip().startswith("SELECT") and lists.search(s)]
    assert len(reads) == 2, reads
    shown = f'<strong><a href="/requests/{first}/reports/{{}}">'
    assert shown.format(latest) in page.text
    assert shown.format(older) in client.get(f"/requests/{first}/reports/{older}").text
    assert shown.format(latest) in client.get(f"/requests/{first}/reports/0").text
    for path in (f"/requests/{first}/reports/{elsewhere}", f"/requests/{first}/reports/999999"):
        refused = client.get(path)
        assert refused.status_code == 404 and "That report version does not exist" in refused.text
    refused = client.get("/requests/999999")
    assert refused.status_code == 404 and "No such request" in refused.text


def test_the_request_page_names_its_own_patient_in_its_audit_rows_without_reading_again(
    app, client, actors
):
    # A request page's audit rows are about its own patient, whose name the page read with the
    # request: the rows' Patient cells use it, with no second read of the requests' names
    # (issue 19: one statement fewer a page).

    clinician = actors.session(CLINICIAN)
    request_id = save(client, actors, clinician, "lmri-gapped")
    actors.sign_in(client, actors.session(COORDINATOR))
    assert client.get(f"/requests/{request_id}").status_code == 200  # one more audit row
    with session_factory(app)() as db:
        from smartapp.models import TrackedRequest

        name = db.get(TrackedRequest, request_id).patient_name
    assert name
    statements: list[str] = []

    def seen(_connection, _cursor, statement, *_):  # type: ignore[no-untyped-def]
        statements.append(" ".join(statement.split()))

    with listening(app, "before_cursor_execute", seen):
        page = client.get(f"/requests/{request_id}")
    names_read = [s for s in statements if "tracked_requests.patient_name" in s
                  and "tracked_requests.patient_ref IN" in s]  # fmt: skip
    assert names_read == []
    trail = page.text[page.text.index("Audit trail"):]
    assert trail.count(f"<td><bdi>{name}</bdi></td>") >= 2  # the save and the earlier view
