"""The export task of a population run: Bulk Data export, staging, fan-out to patient tasks.

``export_task(app, run_id)`` authenticates as the EHR's backend client, kicks off the export,
polls it, then reads the files line by line:

- a full run reads the order files (ServiceRequest, DeviceRequest) first: a patient with a draft
  or active order whose CPT/HCPCS code has a CareSource checklist is a *candidate*; then the
  other files, staging only the candidates' resources (``population_resources``, keyed by run
  and patient) -- a patient without such an order is counted as seen and nothing of theirs is
  kept;
- an incremental run (``_since``) brings only what changed, which is no record to score: every
  patient it names is a candidate, and that patient's task reads the whole record again over
  FHIR with the backend token (smartapp.population.patient).

Then one ``population.patient`` task per candidate is dispatched with ids only. Reading the
files into the staging table is :mod:`.staging`; this module is the task around it (kick-off,
polling, cancel, fan-out, failure).
"""

from __future__ import annotations

import logging
import time
import traceback
from typing import Any

from flask import Flask

from ..db import session_factory
from ..errors import SmartAppError
from ..identity import person
from ..models import PopulationPatient, PopulationResource, PopulationRun, utcnow
from ..people import remember
from ..tasks import register
from .auth import backend_client, backend_server
from .bulk import BulkClient
from .dispatch import dispatch
from .patient import ACTOR_REF
from .runs import finish_if_complete
from .staging import ExportReader

log = logging.getLogger(__name__)


class RunCancelled(Exception):
    """A coordinator cancelled the run while the EHR was still exporting."""


def _stop_if_cancelled(app: Flask, run_id: str, x_progress: str) -> None:
    with session_factory(app)() as db:
        run = db.get(PopulationRun, run_id)
        if run is None or run.status == "cancelled":
            raise RunCancelled
        if x_progress and x_progress != (run.progress or {}).get("export"):
            run.progress = {**(run.progress or {}), "export": x_progress}
            db.commit()


@register("population.export")
def export_task(app: Flask, run_id: str) -> None:
    """Export, stage and fan out one run (a task: ids in, everything else from the database).

    Registered with 16a's interface at merge as ``population.export`` (queue "bulk").
    """
    with app.app_context(), session_factory(app)() as db:
        run = db.get(PopulationRun, run_id)
        if run is None or run.status != "exporting":
            return  # unknown, or past its export (a re-delivered message)
        server = backend_server(app, run.server_id)
        bulk = BulkClient(backend_client(app, run.server_id))
        try:
            if run.status_url is None:
                run.status_url = bulk.kick_off(group_id=server.backend.group_id,  # type: ignore[union-attr]
                                               since=run.since)  # fmt: skip
            else:  # re-delivered after a worker died: poll the same export, read it afresh
                db.query(PopulationResource).filter_by(run_id=run.id).delete()
            db.commit()
            deadline = time.monotonic() + 60 * float(app.config.get("POPULATION_DEADLINE_MINUTES",
                                                                    240))  # fmt: skip
            manifest = bulk.wait(run.status_url, deadline=deadline,
                                 progress=lambda text: _stop_if_cancelled(app, run_id, text))
            db.refresh(run)
            run.transaction_time = manifest.transaction_time[:40] or None
            reading = ExportReader(app, run, bulk, manifest)
            reading.read(db)
            _fan_out(app, db, run, reading)
        except RunCancelled:
            bulk.cancel(str(run.status_url))
            log.info("population run cancelled during export")
        except SmartAppError as error:
            _fail(db, run, error)
        except Exception as error:  # never leave a run 'exporting' forever
            wrapped = SmartAppError("The population run stopped because of an unexpected error.")
            where = traceback.extract_tb(error.__traceback__)[-1]
            log.error("population export crashed: %s at %s:%s ref=%s", type(error).__name__,
                      where.filename.rsplit("/", 1)[-1], where.lineno, wrapped.support_id)
            _fail(db, run, wrapped)


def _fan_out(app: Flask, db: Any, run: PopulationRun, reading: ExportReader) -> None:
    """Record the candidates as pending, then dispatch one task each (pending rows first: the
    run cannot look finished while tasks are still being sent)."""
    db.rollback()
    db.refresh(run)
    if run.status == "cancelled":
        db.query(PopulationResource).filter_by(run_id=run.id).delete()
        db.commit()
        return
    for patient in sorted(reading.candidates):
        db.add(PopulationPatient(run_id=run.id, patient_id=patient, status="pending"))
    if reading.unattributed:
        reading.problem({"source": "export", "code": "informational",
                         "text": f"{reading.unattributed} resources named no patient"})  # fmt: skip
    # The worklist names who saved each report: this run's reports are the app's own.
    remember(person(run.iss, ACTOR_REF), "Population run", db)
    run.patients_seen = len(reading.seen)
    run.export_problems = reading.problems
    run.status = "scoring"
    db.commit()
    log.info("population export read: patients=%d candidates=%d problems=%d",
             len(reading.seen), len(reading.candidates), len(reading.problems))  # fmt: skip
    for patient in sorted(reading.candidates):
        dispatch(app, "population.patient", run_id=run.id, patient_id=patient)
    finish_if_complete(db, run.id)


def _fail(db: Any, run: PopulationRun, error: SmartAppError) -> None:
    from ..checks.runner import error_fields

    db.rollback()
    log.warning("population run failed: %s ref=%s", type(error).__name__, error.support_id)
    db.query(PopulationResource).filter(PopulationResource.run_id == run.id).delete()
    run.status, run.error, run.finished_at = "failed", error_fields(error), utcnow()
    db.commit()
