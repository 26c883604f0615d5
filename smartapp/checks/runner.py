"""Run one gap check in the background: read the record over FHIR, then score it.

A run is a :class:`~smartapp.models.CheckRun` row that any app worker can read, so the page's
progress poll works whichever worker answers it. The work itself happens on a small thread pool
in the worker that started it; progress is written to the row at most every
``PROGRESS_INTERVAL`` seconds. The record bundle stays in memory for the run only: it is never
stored (a re-check re-fetches it).
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from flask import Flask
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from ..checklists import load_catalog
from ..checklists.requests import request_codes
from ..db import session_factory
from ..errors import InputError, InterruptedRunError, NoClinicalAccessError, SmartAppError
from ..evidence import build_record
from ..fhir import fetch_patient_record
from ..launch.access import CLINICAL_TYPES, ReadAccess, read_access
from ..launch.tokens import fhir_client_for
from ..models import AppSession, CheckRun, utcnow
from ..overrides.refs import record_index
from ..overrides.store import sweep_unsaved
from ..people import remember_practitioners
from ..questionnaires.attest import sweep_unsaved as sweep_attestations
from ..scoring import choose_service, notes_window, score_record
from .budget import budget
from .patient import patient_summary

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.25
FINISH_ATTEMPTS = 5
#: Finished runs older than this are deleted when a new run starts (their reports hold snippets).
KEEP_RUNS = dt.timedelta(days=1)
EXTENSION = "smartapp.checks.pool"
#: A run still 'running' after this long lost its process (checks take seconds; the slowest
#: fixture patient well under a minute): the page says so instead of polling forever.
STALE_AFTER = dt.timedelta(minutes=10)
_START_LOCK = threading.Lock()


def _pool(app: Flask) -> ThreadPoolExecutor:
    if EXTENSION not in app.extensions:
        workers = int(app.config.get("CHECK_WORKERS", 4))
        app.extensions[EXTENSION] = ThreadPoolExecutor(workers, thread_name_prefix="check")
    return app.extensions[EXTENSION]


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

    :param order_ref: the order to check; by default the launch's ``ServiceRequest`` context.
    """
    orders = [
        item.get("reference", "")
        for item in launch.fhir_context or []
        if str(item.get("reference", "")).startswith("ServiceRequest/")
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


#: Called on the run's thread (app context active) with the run id, the record bundle and the
#: report, before the run is marked done; a SmartAppError it raises fails the run with its message.
FollowUp = Callable[[str, dict[str, Any], dict[str, Any]], None]


def submit_run(app: Flask, run_id: str, session_id: str, then: FollowUp | None = None) -> None:
    """Start a committed run on the pool; ``then`` gets the bundle while it is still in memory."""
    _pool(app).submit(_execute, app, run_id, session_id, then)


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


def running_run(db: Session, launch: AppSession) -> CheckRun | None:
    """The session's check of its patient still running (not one abandoned by a restart)."""
    return (
        db.query(CheckRun)
        .filter(
            CheckRun.session_id == launch.id,
            CheckRun.status == "running",
            CheckRun.patient_ref == f"Patient/{launch.patient_id}",
            CheckRun.created_at > utcnow() - STALE_AFTER,
        )
        .order_by(CheckRun.created_at.desc())
        .first()
    )


class _ProgressWriter:
    """Writes retrieval progress to the run row, throttled (threads call it concurrently)."""

    def __init__(self, app: Flask, run_id: str):
        self.app, self.run_id = app, run_id
        self._last = 0.0
        self._lock = threading.Lock()

    def __call__(self, snapshot: dict[str, Any]) -> None:
        now = time.monotonic()
        with self._lock:
            if now - self._last < PROGRESS_INTERVAL:
                return
            self._last = now
        self.write(snapshot)

    def write(self, snapshot: dict[str, Any]) -> None:
        try:
            with session_factory(self.app)() as db:
                run = db.get(CheckRun, self.run_id)
                if run is not None:
                    run.progress = dict(snapshot)
                    db.commit()
        except OperationalError:
            pass  # progress is a courtesy; a busy database must not stop the retrieval


def _notes_since(patient_id: str, run: CheckRun) -> Callable[[dict[str, dict]], dt.date | None]:
    """Which notes to fetch, decided from the orders read (issue 19): plain values are copied
    now because retrieval calls this on one of its own threads."""
    service, order_ref, as_of = run.requested_service, run.order_ref, run.as_of

    def since(resources: dict[str, dict]) -> dt.date | None:
        orders = [r for key, r in resources.items() if key.startswith("ServiceRequest/")]
        entries = [{"resource": {"resourceType": "Patient", "id": patient_id}}]
        bundle = {"resourceType": "Bundle", "type": "collection",
                  "entry": entries + [{"resource": order} for order in orders]}  # fmt: skip
        wanted = service or _service_of_order(bundle, order_ref)
        return notes_window(bundle, wanted, as_of=as_of)

    return since


def _service_of_order(bundle: dict[str, Any], order_ref: str | None) -> str | None:
    """The CPT/HCPCS code of the launch's order, when it was read and carries one."""
    if not order_ref:
        return None
    for entry in bundle.get("entry") or []:
        resource = entry.get("resource") or {}
        if f"{resource.get('resourceType')}/{resource.get('id')}" == order_ref:
            codes = [c.code for c in request_codes(resource) if c.system in ("cpt", "hcpcs")]
            return codes[0] if codes else None
    return None


def give_up_if_stale(db: Session, run: CheckRun, now: dt.datetime) -> None:
    """Mark a run that outlived its app process as failed (commits), so its page stops waiting.

    A run whose worker was restarted mid-check keeps status 'running' in the database; no
    process will ever finish it.
    """
    created = run.created_at if run.created_at.tzinfo else run.created_at.replace(tzinfo=dt.UTC)
    if run.status != "running" or now - created < STALE_AFTER:
        return
    error = InterruptedRunError("The app restarted while this check was running; "
                                "no result was stored.")  # fmt: skip
    log.warning("check run abandoned after a restart support_id=%s", error.support_id)
    run.status, run.error, run.finished_at = "failed", error_fields(error), now
    db.commit()


def _finish(app: Flask, run_id: str, **fields: Any) -> None:
    """Store the outcome; retried, because a run left 'running' would poll forever."""
    for attempt in range(1, FINISH_ATTEMPTS + 1):
        try:
            with session_factory(app)() as db:
                run = db.get(CheckRun, run_id)
                if run is None:
                    return
                for name, value in fields.items():
                    setattr(run, name, value)
                run.finished_at = utcnow()
                db.commit()
                return
        except OperationalError:
            if attempt == FINISH_ATTEMPTS:
                raise
            time.sleep(0.2 * attempt)


class NeedsService(InputError):
    """The record has no order this app can check: the user picks the service instead."""

    title = "Choose the service to check"
    advice = "Pick the requested service below; the check runs again with it."

    def __init__(self, service: str | None, reason: str):
        if service is None:
            message = "No draft or active order with a CPT/HCPCS code was found for this patient."
        else:
            message = f"No CareSource checklist covers {service} yet."
        super().__init__(message, detail=reason)


def _no_clinical_access(access: ReadAccess) -> NoClinicalAccessError:
    readable = sorted(set(CLINICAL_TYPES) - set(access.withheld))
    detail = f"readable clinical types: {', '.join(readable) or 'none'}"
    return NoClinicalAccessError(
        "The EHR granted this launch no read access to the patient's clinical data (conditions, "
        "notes, observations, orders, coverage), so there is nothing to check.",
        detail=detail,
    )


def error_fields(error: SmartAppError) -> dict[str, Any]:
    """What the page shows for a failed run (no PHI: messages are ours)."""
    return {
        "kind": type(error).__name__,
        "title": error.title,
        "message": error.message,
        "advice": error.advice,
        "support_id": error.support_id,
    }


def _execute(app: Flask, run_id: str, session_id: str, then: FollowUp | None = None) -> None:
    """The run body (on a pool thread): retrieve, score, store the outcome on the row."""
    progress = _ProgressWriter(app, run_id)
    try:
        with app.app_context(), session_factory(app)() as db:
            launch = db.get(AppSession, session_id)
            run = db.get(CheckRun, run_id)
            if launch is None or run is None:
                return
            access = read_access(launch.granted_scope)
            if access.no_clinical_data:
                raise _no_clinical_access(access)
            client = fhir_client_for(app, launch)
            # Every response counts against the EHR's budget; a spent budget stops the run.
            client.session.hooks["response"].append(
                budget(app).response_hook(launch.iss, launch.server_id))  # fmt: skip
            result = fetch_patient_record(
                client,
                str(launch.patient_id),
                service_request_ref=run.order_ref,
                progress=progress,
                unreadable_types=access.withheld,
                narrowed=dict(access.filters),
                notes_since=_notes_since(str(launch.patient_id), run),
            )
            remember_practitioners(result.bundle, db)  # names for pages, not ids (issue 18)
            progress.write(
                {"searches_done": 1, "searches_total": 1,
                 "notes_fetched": result.notes_fetched, "notes_total": result.notes_total}
            )  # fmt: skip
            fields: dict[str, Any] = {
                "counts": result.counts,
                "could_not_check": [w.__dict__ for w in result.warnings],
                "patient_summary": patient_summary(result.bundle) or run.patient_summary,
                # What was read (references, no text): "documented here" must point inside it.
                "record_refs": record_index(result.bundle),
            }
            forbidden = {w.resource_type for w in result.warnings if w.reason == "forbidden"}
            if all(kind in forbidden for kind in CLINICAL_TYPES):
                # Scopes granted, but every clinical search was refused: the same situation.
                raise _no_clinical_access(access)
            record = build_record(result.bundle, result.texts)  # notes extracted once
            service = run.requested_service or _service_of_order(result.bundle, run.order_ref)
            try:
                chosen = choose_service(record, service, load_catalog())
            except InputError as error:
                needs = NeedsService(service, str(error))
                _finish(app, run_id, status="needs_service", error=error_fields(needs), **fields)
                return
            report = score_record(record, chosen, as_of=run.as_of)
            if then is not None:
                then(run_id, result.bundle, report)
        _finish(app, run_id, status="done", report=report, **fields)
        log.info("check run finished: items=%d", len(report["items"]))
    except SmartAppError as error:
        log.warning("check run failed: %s ref=%s", type(error).__name__, error.support_id)
        _finish(app, run_id, status="failed", error=error_fields(error))
    except Exception as error:  # never leave a run 'running' forever; the page must say so
        wrapped = SmartAppError("The check stopped because of an unexpected error.")
        # Type and code location only: an exception's message may quote record data.
        where = traceback.extract_tb(error.__traceback__)[-1]
        log.error("check run crashed: %s at %s:%s ref=%s", type(error).__name__,
                  where.filename.rsplit("/", 1)[-1], where.lineno, wrapped.support_id)  # fmt: skip
        _finish(app, run_id, status="failed", error=error_fields(wrapped))
