"""The task ``check.run``: claim the run, read the record over FHIR, score it, store the outcome.

It runs on whichever backend :mod:`smartapp.tasks` uses, with the run and session ids only: the
launch's encrypted tokens are read from the database here. Idempotent (a delivery of a finished
run does nothing; one of a run another worker holds waits for its lease,
:mod:`smartapp.tasks.claims`).

Retryable FHIR trouble (the client's own retries ran out on 429/503/5xx/timeouts, or searches
came back "the EHR did not answer in time") queues the whole run again, up to ``CHECK_RETRIES``
times, after the EHR's Retry-After or an exponential backoff, capped at
``CHECK_RETRY_MAX_DELAY`` seconds; after that the run ends as it does today (the error's page,
or a report with "could not check" items). Fatal errors end the run with their message at once.
"""

from __future__ import annotations

import logging
import time
import traceback
from typing import Any

from flask import Flask
from sqlalchemy.exc import OperationalError

from ..checklists import load_catalog
from ..db import session_factory
from ..errors import InputError, InterruptedRunError, RetryableFhirError, SmartAppError
from ..evidence import build_record
from ..fhir import fetch_patient_record
from ..launch.access import CLINICAL_TYPES, read_access
from ..launch.registry import registry
from ..launch.tokens import fhir_client_for
from ..models import AppSession, CheckRun
from ..overrides.refs import record_index
from ..people import remember_practitioners
from ..scoring import choose_service, score_record
from ..tasks import RetryLater, register
from ..tasks.claims import Claim, claim, heartbeat, max_attempts
from .budget import guard
from .patient import patient_summary
from .reading import NeedsService, ProgressWriter, no_clinical_access, notes_since, service_of_order
from .runner import error_fields, follow_up_named

log = logging.getLogger(__name__)

FINISH_ATTEMPTS = 5
DEFAULT_RETRIES = 2
DEFAULT_RETRY_MAX_DELAY = 60.0
RETRY_BASE_DELAY = 2.0


def retry_delay(app: Flask, attempt: int, hinted: float | None) -> float:
    """Seconds before the next try: the EHR's Retry-After, else 2, 4, 8 … s; capped either way."""
    cap = float(app.config.get("CHECK_RETRY_MAX_DELAY", DEFAULT_RETRY_MAX_DELAY))
    backoff = RETRY_BASE_DELAY * 2 ** max(0, attempt - 1)
    return min(cap, hinted if hinted is not None else backoff)


@register("check.run")
def check_run(app: Flask, run_id: str, session_id: str, then: str | None = None) -> None:
    """The task: see the module docstring."""
    held = claim(app, CheckRun, run_id)
    if held.finished:
        log.info("check run already finished: this delivery is a duplicate")
        return
    if not held.owned:
        raise RetryLater(held.busy_for, "another worker holds this run")
    if held.attempt > max_attempts(app):
        error = InterruptedRunError(
            f"The check was started {held.attempt - 1} times and never finished (its workers "
            "stopped); no result was stored.")  # fmt: skip
        log.warning("check run gave up after %d attempts ref=%s", held.attempt - 1,
                    error.support_id)  # fmt: skip
        _finish(held, status="failed", error=error_fields(error))
        return
    try:
        with heartbeat(held):
            fields = _execute(app, held, session_id, then)
    except RetryableFhirError as error:
        retries = int(app.config.get("CHECK_RETRIES", DEFAULT_RETRIES))
        if held.attempt <= retries:
            delay = retry_delay(app, held.attempt, error.retry_after)
            log.info("check run: EHR busy (HTTP %s), again in %.1fs", error.status, delay)
            if held.release(delay):
                raise RetryLater(delay, "the EHR was busy") from None
            return  # the run is no longer ours (given up meanwhile): nothing to retry
        log.warning("check run failed: %s ref=%s", type(error).__name__, error.support_id)
        fields = {"status": "failed", "error": error_fields(error)}
    except SmartAppError as error:
        log.warning("check run failed: %s ref=%s", type(error).__name__, error.support_id)
        fields = {"status": "failed", "error": error_fields(error)}
    except Exception as error:  # never leave a run 'running' forever; the page must say so
        wrapped = SmartAppError("The check stopped because of an unexpected error.")
        # Type and code location only: an exception's message may quote record data.
        where = traceback.extract_tb(error.__traceback__)[-1]
        log.error("check run crashed: %s at %s:%s ref=%s", type(error).__name__,
                  where.filename.rsplit("/", 1)[-1], where.lineno, wrapped.support_id)  # fmt: skip
        fields = {"status": "failed", "error": error_fields(wrapped)}
    _finish(held, **fields)


def _execute(app: Flask, held: Claim, session_id: str, then: str | None) -> dict[str, Any]:
    """Retrieve and score (app context active); returns the fields of the finished run."""
    progress = ProgressWriter(app, held.row_id)
    with session_factory(app)() as db:
        launch = db.get(AppSession, session_id)
        run = db.get(CheckRun, held.row_id)
        if launch is None or run is None:
            raise SmartAppError("The launch that started this check has ended.")
        access = read_access(launch.granted_scope)
        if access.no_clinical_data:
            raise no_clinical_access(access)
        client = fhir_client_for(app, launch)
        # The EHR's limits: a spent budget stops the run; the shared rate paces every request.
        guard(app, client, registry(app)[launch.server_id], lane="interactive")
        result = fetch_patient_record(
            client,
            str(launch.patient_id),
            order_ref=run.order_ref,
            progress=progress,
            unreadable_types=access.withheld,
            narrowed=dict(access.filters),
            notes_since=notes_since(str(launch.patient_id), run),
        )
        if any(w.reason == "timeout" for w in result.warnings):
            # Part of the record could not be read because the EHR was busy: try the whole run
            # again later (the last try keeps today's "could not check" report instead).
            retries = int(app.config.get("CHECK_RETRIES", DEFAULT_RETRIES))
            if held.attempt <= retries:
                raise RetryableFhirError("The EHR was busy; parts of the record were not read.",
                                         retry_after=client.retry_after_seen)  # fmt: skip
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
            raise no_clinical_access(access)
        record = build_record(result.bundle, result.texts)  # notes extracted once
        service = run.requested_service or service_of_order(result.bundle, run.order_ref)
        order_kind = (run.order_ref or "").split("/")[0]
        if service is None and run.order_ref and order_kind in {*forbidden, *access.withheld}:
            # The launch named an order of a type the EHR withheld: never check another order.
            needs = NeedsService(None, f"{order_kind}: access not granted", run.order_ref)
            return {"status": "needs_service", "error": error_fields(needs), **fields}
        try:
            chosen = choose_service(record, service, load_catalog())
        except InputError as error:
            needs = NeedsService(service, str(error))
            return {"status": "needs_service", "error": error_fields(needs), **fields}
        report = score_record(record, chosen, as_of=run.as_of)
        if then is not None:
            follow_up_named(then)(held.row_id, result.bundle, report)
    log.info("check run finished: items=%d", len(report["items"]))
    return {"status": "done", "report": report, **fields}


def _finish(held: Claim, **fields: Any) -> None:
    """Store the outcome if this claim still owns the run; retried, because a run left
    'running' would poll until it is given up."""
    from ..models import utcnow

    for attempt in range(1, FINISH_ATTEMPTS + 1):
        try:
            if not held.finish(finished_at=utcnow(), claimed_by=None, **fields):
                log.warning("check run outcome dropped: another delivery owns the run now")
            return
        except OperationalError:
            if attempt == FINISH_ATTEMPTS:
                raise
            time.sleep(0.2 * attempt)
