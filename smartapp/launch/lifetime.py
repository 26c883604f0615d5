"""How long a launched session lives: an idle limit and an absolute limit, then it is deleted.

The EHR's tokens end on the EHR's schedule, but the app's own pages (worklist, audit trail,
saved reports) answer from its database: without limits of its own, a session cookie two months
old still read and changed PHI (issue 20 #3). So a session ends after ``SESSION_IDLE_MINUTES``
without a request (default 30) or ``SESSION_MAX_HOURS`` after the launch (default 12, a long
clinic shift), whichever comes first. An ended session's row is deleted — the encrypted tokens
with it — exactly as Sign out does; saved reports and requests are not touched.
"""

from __future__ import annotations

import datetime as dt
import logging

from flask import Flask
from sqlalchemy.orm import Session

from ..errors import ConfigError
from ..models import AppSession

log = logging.getLogger(__name__)

DEFAULT_IDLE_MINUTES = 30
DEFAULT_MAX_HOURS = 12
#: last_seen_at is written at most this often (not one database write per request).
TOUCH_EVERY = dt.timedelta(seconds=60)


def limits(app: Flask) -> tuple[dt.timedelta, dt.timedelta]:
    """(idle limit, absolute limit) from the settings; ConfigError when one is not positive."""
    values = []
    for name, default in (("SESSION_IDLE_MINUTES", DEFAULT_IDLE_MINUTES),
                          ("SESSION_MAX_HOURS", DEFAULT_MAX_HOURS)):  # fmt: skip
        raw = app.config.get(name, default)
        try:
            value = float(raw)
        except (TypeError, ValueError):
            value = 0.0
        if value <= 0:
            raise ConfigError(f"setting {name} must be a positive number (got {raw!r})")
        values.append(value)
    return dt.timedelta(minutes=values[0]), dt.timedelta(hours=values[1])


def _utc(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)  # SQLite drops the zone


def ended_because(
    record: AppSession, now: dt.datetime, idle: dt.timedelta, absolute: dt.timedelta
) -> str | None:
    """Why the session is over ("idle" or "absolute"), or None while it may be used."""
    started = _utc(record.created_at)
    if now - started >= absolute:
        return "absolute"
    if now - _utc(record.last_seen_at or record.created_at) >= idle:
        return "idle"
    return None


def touch_due(record: AppSession, now: dt.datetime) -> bool:
    """Is this request's use of the session to be written (see :func:`touch`)?"""
    return record.last_seen_at is None or now - _utc(record.last_seen_at) >= TOUCH_EVERY


def touch(record: AppSession, now: dt.datetime) -> bool:
    """Note this request's use of the session; True when the row changed."""
    if touch_due(record, now):
        record.last_seen_at = now
        return True
    return False


def end(db: Session, record: AppSession, reason: str) -> None:
    """Delete the session and its stored tokens (Sign out, or a limit reached)."""
    log.info("session ended reason=%s server=%s", reason, record.server_id)
    db.delete(record)
    db.commit()
