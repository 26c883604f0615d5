"""Population runs in the database: start one, read its summary, end it.

A run's counts are derived from its :class:`~smartapp.models.PopulationPatient` rows (one per
patient with a checkable order), so concurrent patient tasks never overwrite each other's counts,
and the run ends when its last pending patient is done (one conditional UPDATE decides).
"""

from __future__ import annotations

import datetime as dt
import secrets
import time
from dataclasses import dataclass
from typing import Any

from flask import Flask
from sqlalchemy import func, update
from sqlalchemy.orm import Session

from ..db import session_factory
from ..errors import InputError, InterruptedRunError, NotFoundError
from ..models import PopulationPatient, PopulationResource, PopulationRun, aware, utcnow
from .auth import backend_server
from .dispatch import dispatch

FINISHED = ("done", "failed", "cancelled")


def last_success(db: Session, server_id: str) -> str | None:
    """The transactionTime of the EHR's newest finished run: the next incremental ``_since``."""
    run = (
        db.query(PopulationRun)
        .filter(PopulationRun.server_id == server_id, PopulationRun.status == "done",
                PopulationRun.transaction_time.is_not(None))
        .order_by(PopulationRun.created_at.desc())
        .first()
    )
    return run.transaction_time if run is not None else None


def since_value(db: Session, server_id: str, since: str | None) -> str | None:
    """``_since`` for a new run: None (full export), ``last`` (the newest finished run's
    transactionTime; full when there is none) or an ISO date / instant."""
    if not since:
        return None
    if since == "last":
        return last_success(db, server_id)
    try:
        day = dt.datetime.fromisoformat(since.replace("Z", "+00:00"))
    except ValueError as error:
        raise InputError(f"--since must be a date like 2026-11-30 or 'last', not {since!r}.") \
            from error
    day = day if day.tzinfo else day.replace(tzinfo=dt.UTC)
    return day.isoformat().replace("+00:00", "Z")


def start_run(
    app: Flask, db: Session, server_id: str, *, started_by: str, as_of: dt.date,
    since: str | None = None,
) -> str:  # fmt: skip
    """Create a run for ``server_id`` (committed) and dispatch its export; returns its id."""
    server = backend_server(app, server_id)
    running = (
        db.query(PopulationRun)
        .filter(PopulationRun.server_id == server_id,
                PopulationRun.status.in_(("exporting", "scoring")))
        .first()
    )
    stale = dt.timedelta(hours=float(app.config.get("POPULATION_STALE_HOURS", 24)))
    if running is not None and utcnow() - aware(running.created_at) > stale:
        # Its process died and nothing will finish it: say so, and let a new run start.
        error = InterruptedRunError("The app stopped while this population run was running.",
                                    advice="Start the run again.")  # fmt: skip
        db.query(PopulationResource).filter_by(run_id=running.id).delete()  # its staging
        running.status, running.finished_at = "failed", utcnow()
        running.error = {"kind": "InterruptedRunError", "title": error.title,
                         "message": error.message, "advice": error.advice,
                         "support_id": error.support_id}  # fmt: skip
        db.commit()
        running = None
    if running is not None:
        return running.id  # one run per EHR at a time: a second start joins it
    run = PopulationRun(
        id=secrets.token_urlsafe(12), server_id=server_id, iss=server.iss, status="exporting",
        started_by=started_by, as_of=as_of, since=since_value(db, server_id, since),
        progress={}, patients_seen=0, export_problems=[],
    )  # fmt: skip
    db.add(run)
    db.commit()
    dispatch(app, "population.export", run_id=run.id)
    return run.id


def finish_if_complete(db: Session, run_id: str) -> bool:
    """Mark the run done when no patient is pending (commits); True when this call ended it."""
    pending = (
        db.query(func.count())
        .select_from(PopulationPatient)
        .filter(PopulationPatient.run_id == run_id, PopulationPatient.status == "pending")
        .scalar()
    )
    if pending:
        return False
    ended = db.execute(
        update(PopulationRun)
        .where(PopulationRun.id == run_id, PopulationRun.status == "scoring")
        .values(status="done", finished_at=utcnow())
    )
    db.commit()
    return bool(ended.rowcount)


@dataclass
class Summary:
    """What the run page and the CLI show."""

    run: PopulationRun
    candidates: int
    finished: int
    scored: int
    ready: int
    not_ready: int
    incomplete: int
    no_checklist: int
    failures: list[dict[str, Any]]

    @property
    def percent(self) -> int:
        if self.run.status in FINISHED:
            return 100
        if self.run.status == "exporting" or not self.candidates:
            return 0
        return int(100 * self.finished / self.candidates)


def summary(db: Session, run_id: str) -> Summary:
    """The run's counts: patients by outcome, scored orders by readiness state."""
    run = db.get(PopulationRun, run_id)
    if run is None:
        raise NotFoundError("No such population run.")
    statuses: dict[str, int] = {}
    states: dict[str, int] = {}
    failures = []
    rows = (db.query(PopulationPatient).filter(PopulationPatient.run_id == run_id)
            .order_by(PopulationPatient.patient_id))  # fmt: skip
    for row in rows:
        statuses[row.status] = statuses.get(row.status, 0) + 1
        for result in row.results or []:
            states[result.get("state")] = states.get(result.get("state"), 0) + 1
        if row.status == "failed" and len(failures) < 200:
            failures.append({"patient_id": row.patient_id, **(row.error or {})})
    total = sum(statuses.values())
    return Summary(
        run=run, candidates=total, finished=total - statuses.get("pending", 0),
        scored=sum(states.values()), ready=states.get("ready", 0),
        not_ready=states.get("not_ready", 0), incomplete=states.get("incomplete", 0),
        no_checklist=statuses.get("no_checklist", 0), failures=failures,
    )  # fmt: skip


def wait_for(app: Flask, run_id: str, timeout: float, poll: float = 0.2) -> str:
    """Block until the run has finished or ``timeout`` seconds passed; returns its status."""
    end = time.monotonic() + timeout
    while True:
        with session_factory(app)() as db:
            run = db.get(PopulationRun, run_id)
            status = run.status if run is not None else "failed"
        if status in FINISHED or time.monotonic() > end:
            return status
        time.sleep(poll)
