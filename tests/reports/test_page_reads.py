"""What the read-only pages read (issue 19, third pass): plain rows instead of ORM loads, and
everything they still must do -- keep the launched session alive, end it, audit every view."""

from __future__ import annotations

import datetime as dt

from report_actors import COORDINATOR
from sqlalchemy import update

from smartapp.db import session_factory
from smartapp.models import AppSession, utcnow


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
