"""Start one gap check in the background and tell when one was abandoned.

A run is a :class:`~smartapp.models.CheckRun` row that any app process can read, so the page's
progress poll looks the same whichever process answers it and whichever task backend runs the
check (:mod:`smartapp.tasks`): :func:`submit_run` enqueues the task ``check.run`` with the run
and session ids only; the task (:mod:`smartapp.checks.execute`) claims the row, reads the record
over FHIR, scores it and writes progress and the outcome to the row. The record bundle stays in
the task's memory for the run only: it is never stored (a re-check re-fetches it).

Follow-ups: work that needs the bundle while it is in memory (building an appeal packet)
registers under a name with :func:`follow_up`; the run's message carries that name, never a
callable.

When is a run abandoned? A running task renews the run's lease (``lease_until``) every few
seconds; a queued retry sets it to when it resumes. A run is given up (:func:`give_up_if_stale`)
only when nothing could still finish it: its last sign of life — the later of its creation and
its lease — is older than :data:`STALE_AFTER`, plus, with Celery, the broker's visibility timeout
(a dead worker's message is delivered again only after that long). A late delivery of a given-up
run finds it failed and does nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import threading
from collections.abc import Callable
from typing import Any

from flask import Flask, current_app
from sqlalchemy.orm import Session

from ..errors import InterruptedRunError, SmartAppError
from ..fhir.searches import ORDER_TYPES
from ..models import AppSession, CheckRun, utcnow
from ..overrides.store import sweep_unsaved
from ..questionnaires.attest import sweep_unsaved as sweep_attestations
from ..tasks import enqueue, uses_celery
from .budget import budget

log = logging.getLogger(__name__)

#: Finished runs older than this are deleted when a new run starts (their reports hold snippets).
KEEP_RUNS = dt.timedelta(days=1)
#: A run without a sign of life for this long lost its process (checks take seconds; the slowest
#: fixture patient well under a minute): the page says so instead of polling forever.
STALE_AFTER = dt.timedelta(minutes=10)
_START_LOCK = threading.Lock()

#: Called in the task (app context active) with the run id, the record bundle and the report,
#: before the run is marked done; a SmartAppError it raises fails the run with its message.
FollowUp = Callable[[str, dict[str, Any], dict[str, Any]], None]
_FOLLOW_UPS: dict[str, FollowUp] = {}


def follow_up(name: str) -> Callable[[FollowUp], FollowUp]:
    """Register a follow-up under ``name`` (its module must be in smartapp.tasks.TASK_MODULES)."""

    def decorate(fn: FollowUp) -> FollowUp:
        _FOLLOW_UPS[name] = fn
        return fn

    return decorate


def follow_up_named(name: str) -> FollowUp:
    """The follow-up registered as ``name``."""
    if name not in _FOLLOW_UPS:
        from ..tasks import import_task_modules

        import_task_modules()
    return _FOLLOW_UPS[name]


def new_run(
    db: Session,
    launch: AppSession,
    *,
    as_of: dt.date,
    service: str | None = None,
    summary: dict[str, Any] | None = None,
    order_ref: str | None = None,
) -> CheckRun:
    """Add a run for the launch's patient to ``db`` (the caller commits, then :func:`submit_run`).

    :param order_ref: the order to check; by default the launch's order context (the first
        ``ServiceRequest`` or ``DeviceRequest`` of its fhirContext).
    """
    orders = [
        str(item.get("reference", ""))
        for item in launch.fhir_context or []
        if str(item.get("reference", "")).split("/")[0] in ORDER_TYPES
    ]
    run = CheckRun(
        id=secrets.token_urlsafe(18),
        session_id=launch.id,
        patient_ref=f"Patient/{launch.patient_id}",
        requested_service=service,
        order_ref=order_ref or (orders[0] if orders else None),
        as_of=as_of,
        status="running",
        progress={"searches_done": 0, "searches_total": 0, "notes_fetched": 0, "notes_total": 0},
        patient_summary=summary or {},
        run_by=launch.fhir_user,
    )
    db.query(CheckRun).filter(CheckRun.created_at < utcnow() - KEEP_RUNS).delete()
    sweep_unsaved(db)
    sweep_attestations(db)
    db.add(run)
    return run


def submit_run(app: Flask, run_id: str, session_id: str, then: str | None = None) -> None:
    """Enqueue a committed run; ``then`` names a :func:`follow_up` that gets the bundle."""
    if then is not None and then not in _FOLLOW_UPS:
        raise ValueError(f"no follow-up named {then!r}")
    enqueue(app, "check.run", queue="interactive", run_id=run_id, session_id=session_id,
            then=then)  # fmt: skip


def start_run(
    app: Flask,
    db: Session,
    launch: AppSession,
    *,
    as_of: dt.date,
    service: str | None = None,
    summary: dict[str, Any] | None = None,
) -> str:
    """Create a run for the launch's patient (committed in ``db``) and start it; returns its id.

    A session has one running check per patient: while one runs, this returns its id instead
    (further clicks join it). A new one is refused when the EHR's request budget is spent.
    """
    with _START_LOCK:  # two clicks in one process: the second sees the first's run
        running = running_run(db, launch)
        if running is not None:
            return running.id
        budget(app).check(launch.iss, launch.server_id)
        run = new_run(db, launch, as_of=as_of, service=service, summary=summary)
        db.commit()
    submit_run(app, run.id, launch.id)
    return run.id


def stale_after(app: Flask) -> dt.timedelta:
    """How long a run may show no sign of life before it is given up (see the docstring)."""
    if not uses_celery(app):
        return STALE_AFTER
    from ..tasks.celery_app import DEFAULT_VISIBILITY_TIMEOUT

    visibility = int(app.config.get("CELERY_VISIBILITY_TIMEOUT", DEFAULT_VISIBILITY_TIMEOUT))
    return STALE_AFTER + dt.timedelta(seconds=visibility)


def last_sign_of_life(run: CheckRun) -> dt.datetime:
    """The later of the run's creation and its lease (renewed while a task works on it)."""
    moments = [run.created_at] + ([run.lease_until] if run.lease_until else [])
    return max(m if m.tzinfo else m.replace(tzinfo=dt.UTC) for m in moments)


def running_run(db: Session, launch: AppSession) -> CheckRun | None:
    """The session's check of its patient still running (not one abandoned by a restart)."""
    runs = (
        db.query(CheckRun)
        .filter(
            CheckRun.session_id == launch.id,
            CheckRun.status == "running",
            CheckRun.patient_ref == f"Patient/{launch.patient_id}",
        )
        .order_by(CheckRun.created_at.desc())
    )
    window, now = stale_after(current_app), utcnow()
    return next((run for run in runs if now - last_sign_of_life(run) < window), None)


def give_up_if_stale(db: Session, run: CheckRun, now: dt.datetime) -> None:
    """Mark a run nothing can finish any more as failed (commits), so its page stops waiting.

    A run whose process was restarted mid-check keeps status 'running' in the database; with
    the in-process backend no process will ever finish it, and with Celery not once the broker's
    visibility timeout has passed without a delivery renewing its lease.
    """
    if run.status != "running" or now - last_sign_of_life(run) < stale_after(current_app):
        return
    error = InterruptedRunError("The app restarted while this check was running; "
                                "no result was stored.")  # fmt: skip
    log.warning("check run abandoned after a restart support_id=%s", error.support_id)
    run.status, run.error, run.finished_at = "failed", error_fields(error), now
    run.claimed_by = None
    db.commit()


def error_fields(error: SmartAppError) -> dict[str, Any]:
    """What the page shows for a failed run (no PHI: messages are ours)."""
    return {
        "kind": type(error).__name__,
        "title": error.title,
        "message": error.message,
        "advice": error.advice,
        "support_id": error.support_id,
    }
