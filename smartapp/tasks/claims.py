"""Claiming a row before working on it, so that re-delivered tasks stay idempotent.

Celery delivers a message at least once (acks_late): the same run may arrive twice — a worker
died after finishing but before acknowledging, or the message outlived the broker's visibility
timeout while its task still ran. A row that tasks work on (a check run, a population patient)
carries ``status``, ``attempt``, ``lease_until`` and ``claimed_by``; a task starts by claiming it
with one conditional UPDATE:

- the row is no longer ``running`` → it is finished (or given up): the delivery is a duplicate
  and does nothing, so one result is recorded;
- another claim's lease is still live → someone is working on it: try again when the lease
  ends (if that worker died meanwhile, this delivery takes over);
- otherwise the task owns the row for ``TASK_LEASE_SECONDS``, renewed by a heartbeat thread
  while it works, and only the owner's finishing write lands (:meth:`Claim.finish`).

A killed worker stops renewing; its lease runs out and the re-delivered message claims the row
again (``attempt`` + 1). ``TASK_MAX_ATTEMPTS`` bounds dead workers and queued retries together.
"""

from __future__ import annotations

import datetime as dt
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from flask import Flask
from sqlalchemy import and_, or_, update

from ..db import session_factory
from ..models import utcnow

DEFAULT_LEASE_SECONDS = 30
DEFAULT_MAX_ATTEMPTS = 5


def lease_seconds(app: Flask) -> float:
    return float(app.config.get("TASK_LEASE_SECONDS", DEFAULT_LEASE_SECONDS))


def max_attempts(app: Flask) -> int:
    return int(app.config.get("TASK_MAX_ATTEMPTS", DEFAULT_MAX_ATTEMPTS))


@dataclass
class Claim:
    """What a claim attempt found: ``owned`` (with a token), ``finished``, or ``busy_for`` s."""

    app: Flask
    model: Any
    row_id: Any
    token: str | None = None
    attempt: int = 0
    finished: bool = False
    busy_for: float = 0.0

    @property
    def owned(self) -> bool:
        return self.token is not None

    def _mine(self) -> Any:
        return (self.model.id == self.row_id) & (self.model.claimed_by == self.token) & (
            self.model.status == "running")  # fmt: skip

    def renew(self) -> bool:
        """Extend the lease; False when the row is no longer this claim's."""
        until = utcnow() + dt.timedelta(seconds=lease_seconds(self.app))
        return self._update({"lease_until": until})

    def release(self, resume_in: float) -> bool:
        """Give the row up until a queued retry resumes it ``resume_in`` seconds from now (the
        lease then says when to expect it, so the page does not call the run abandoned)."""
        until = utcnow() + dt.timedelta(seconds=resume_in)
        return self._update({"lease_until": until, "claimed_by": None})

    def finish(self, **fields: Any) -> bool:
        """Write the outcome if this claim still owns the row; False if it lost it."""
        return self._update({**fields, "lease_until": None})

    def _update(self, values: dict[str, Any]) -> bool:
        with session_factory(self.app)() as db:
            done = db.execute(update(self.model).where(self._mine()).values(**values))
            db.commit()
            return done.rowcount == 1


def claim(app: Flask, model: Any, row_id: Any) -> Claim:
    """Try to own ``model`` row ``row_id`` for a run of its task (see the module docstring)."""
    token = secrets.token_hex(8)
    now = utcnow()
    until = now + dt.timedelta(seconds=lease_seconds(app))
    with session_factory(app)() as db:
        # Free: never claimed, or the lease ran out. A released run (a queued retry) carries
        # its resume time as lease: a duplicate copy must not start it early (up to 1 s early is
        # the retry message itself, give or take the clocks).
        soon = now + dt.timedelta(seconds=1)
        free = or_(model.lease_until.is_(None), model.lease_until < now,
                   and_(model.claimed_by.is_(None), model.lease_until < soon))  # fmt: skip
        taken = db.execute(
            update(model)
            .where(model.id == row_id, model.status == "running", free)
            .values(claimed_by=token, lease_until=until, attempt=model.attempt + 1)
        )
        db.commit()
        row = db.get(model, row_id)
        if row is None:
            return Claim(app, model, row_id, finished=True)
        if taken.rowcount == 1:
            return Claim(app, model, row_id, token=token, attempt=row.attempt)
        if row.status != "running":
            return Claim(app, model, row_id, finished=True)
        lease = row.lease_until
        if lease is not None and lease.tzinfo is None:
            lease = lease.replace(tzinfo=dt.UTC)
        wait = (lease - now).total_seconds() if lease is not None else 0.0
        return Claim(app, model, row_id, busy_for=max(1.0, wait + 0.5))


@contextmanager
def heartbeat(held: Claim) -> Iterator[None]:
    """Renew ``held``'s lease every third of its length while the block runs."""
    stop = threading.Event()
    interval = lease_seconds(held.app) / 3

    def beat() -> None:
        while not stop.wait(interval):
            try:
                if not held.renew():
                    return
            except Exception:  # noqa: S112 - a missed beat only shortens the lease
                continue

    thread = threading.Thread(target=beat, name="lease-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
