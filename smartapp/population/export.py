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

Then one ``population.patient`` task per candidate is dispatched with ids only.
"""

from __future__ import annotations

import logging
import time
import traceback
from typing import Any

from flask import Flask
from sqlalchemy import insert

from ..checklists import load_catalog
from ..checklists.requests import request_codes
from ..db import session_factory
from ..errors import SmartAppError
from ..evidence.record import REQUEST_TYPES
from ..identity import person
from ..models import PopulationPatient, PopulationResource, PopulationRun, utcnow
from ..people import remember
from ..tasks import register
from .auth import backend_client, backend_server
from .bulk import EXPORT_TYPES, BulkClient
from .dispatch import dispatch
from .error_file import consequence
from .manifest import ExportFile, Line, Manifest
from .patient import ACTOR_REF
from .record import OPEN_ORDER
from .runs import finish_if_complete
from .whole_types import absent_problems

log = logging.getLogger(__name__)

STAGE_BATCH = 500
#: Problems kept on the run (error-file issues, unreadable lines); the rest are counted.
MAX_PROBLEMS = 100


class RunCancelled(Exception):
    """A coordinator cancelled the run while the EHR was still exporting."""


def patient_of(resource: dict[str, Any]) -> str | None:
    """The id of the patient a resource belongs to (Patient.id, subject, patient, beneficiary)."""
    if resource.get("resourceType") == "Patient":
        return str(resource["id"]) if resource.get("id") else None
    for name in ("subject", "patient", "beneficiary"):
        reference = (resource.get(name) or {}).get("reference") if isinstance(
            resource.get(name), dict) else None  # fmt: skip
        if isinstance(reference, str) and "Patient/" in reference:
            return reference.rsplit("Patient/", 1)[1].split("/")[0] or None
    return None


def checkable_order(resource: dict[str, Any], catalog: Any) -> bool:
    """A draft or active order whose CPT/HCPCS code a CareSource checklist covers."""
    if resource.get("status") not in OPEN_ORDER:
        return False
    return any(
        c.system in ("cpt", "hcpcs") and catalog.for_service(c.code) is not None
        for c in request_codes(resource)
    )


def unreadable_marker(resource_type: str, number: int) -> dict[str, Any]:
    """A staged OperationOutcome saying one of the patient's exported resources was unreadable
    (smartapp.population.patient turns it into a "could not check" warning on that type)."""
    return {"resourceType": "OperationOutcome", "issue": [{
        "severity": "error", "code": "processing", "expression": [resource_type or "Resource"],
        "diagnostics": f"{resource_type or 'a'} resource in the EHR's export could not be read "
                       f"(line {number} of its file)"}]}  # fmt: skip


class _Export:
    """Reads one manifest into the staging table (one database session, batched inserts)."""

    def __init__(self, app: Flask, run: PopulationRun, bulk: BulkClient, manifest: Manifest):
        self.app, self.run, self.bulk, self.manifest = app, run, bulk, manifest
        self.with_token = manifest.requires_access_token
        self.seen: set[str] = set()
        self.candidates: set[str] = set()
        self.problems: list[dict[str, Any]] = []
        self.unattributed = 0
        self._batch: list[dict[str, Any]] = []

    def problem(self, entry: dict[str, Any]) -> None:
        # A whole type's loss is kept past the cap: every patient task reads it from the run.
        if len(self.problems) < MAX_PROBLEMS or entry.get("type") or entry.get("types"):
            self.problems.append(entry)

    def read(self, db: Any) -> None:
        for file in self.manifest.error:
            for issue in self.bulk.errors(file, with_token=self.with_token):
                self.problem({"source": "export error file", **issue})
        incremental = self.run.since is not None
        if not incremental:  # an incremental run re-reads each named record over FHIR anyway
            self.problems += absent_problems(EXPORT_TYPES, self.manifest, self.problems)
        absent = {str(p["type"]) for p in self.problems if p.get("absent")}
        for entry in self.problems:  # unreadable error entries: what the run does about them
            consequence(entry, absent, EXPORT_TYPES, incremental=incremental)
        files = sorted(self.manifest.output, key=lambda f: f.type not in REQUEST_TYPES)
        catalog = load_catalog()
        for file in files:
            for line in self.bulk.lines(file, with_token=self.with_token):
                if line.resource is None:
                    self._unreadable(db, file, line)
                    continue
                patient = patient_of(line.resource)
                if patient is None:
                    self.unattributed += 1
                    continue
                self.seen.add(patient)
                if incremental:
                    self.candidates.add(patient)
                    continue
                if line.resource.get("resourceType") in REQUEST_TYPES and checkable_order(
                        line.resource, catalog):  # fmt: skip
                    self.candidates.add(patient)
                if patient in self.candidates:
                    self._stage(db, patient, line.resource)
            self._flush(db)
            self._note_file(db, file)

    def _unreadable(self, db: Any, file: ExportFile, line: Line) -> None:
        """Name the line on the run; when it names a candidate patient, stage a warning for
        them, so their report says the type could not be checked (never "missing")."""
        self.problem({"source": f"{file.type} file", "code": "invalid",
                      "text": f"line {line.number}: {line.problem}"})  # fmt: skip
        if line.patient_hint and (self.run.since is not None
                                  or line.patient_hint in self.candidates):  # fmt: skip
            self._stage(db, line.patient_hint, unreadable_marker(file.type, line.number))

    def _stage(self, db: Any, patient: str, resource: dict[str, Any]) -> None:
        self._batch.append({"run_id": self.run.id, "patient_id": patient,
                            "resource_type": str(resource["resourceType"])[:40],
                            "resource": resource})  # fmt: skip
        if len(self._batch) >= STAGE_BATCH:
            self._flush(db)

    def _flush(self, db: Any) -> None:
        if self._batch:
            db.execute(insert(PopulationResource), self._batch)
            db.commit()
            self._batch = []

    def _note_file(self, db: Any, file: ExportFile) -> None:
        done = int((self.run.progress or {}).get("files_read", 0)) + 1
        self.run.progress = {**(self.run.progress or {}), "files_read": done,
                             "files_total": len(self.manifest.output)}  # fmt: skip
        db.commit()


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
            reading = _Export(app, run, bulk, manifest)
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


def _fan_out(app: Flask, db: Any, run: PopulationRun, reading: _Export) -> None:
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
