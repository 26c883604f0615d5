"""The patient task of a population run: one patient's record, scored as a check scores it.

``patient_task(app, run_id, patient_id)`` rebuilds the patient's record from the staged export
(or, for an incremental run, reads it again over FHIR), fetches the note texts a lookback window
can reach with the backend token (the same :class:`~smartapp.fhir.retrieve.Retrieval`, note
window and "could not check" warnings as a check), then scores it through the check's own path
(``build_record`` → ``choose_service`` → ``score_record``) and saves the report as a tracked
request marked as found by the population run. A patient whose record fails is recorded as
failed, by id, with our message; the run goes on. The staged resources are deleted either way.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import traceback
from dataclasses import dataclass
from typing import Any

from flask import Flask
from sqlalchemy.exc import IntegrityError

from ..checklists import load_catalog
from ..checklists.requests import find_order
from ..checks.patient import patient_summary
from ..checks.runner import error_fields
from ..db import get_session
from ..errors import InputError, SmartAppError
from ..evidence import build_record
from ..fhir import fetch_patient_record
from ..fhir.bundle import record_bundle
from ..fhir.client import FhirClient
from ..fhir.progress import Progress
from ..fhir.retrieve import Retrieval, choose_order
from ..models import (
    CheckRun,
    PopulationPatient,
    PopulationResource,
    PopulationRun,
    SavedReport,
    utcnow,
)
from ..overrides.refs import record_index
from ..people import remember_practitioners
from ..reports import store
from ..scoring import choose_service, notes_window, score_record
from .auth import backend_client
from .runs import finish_if_complete

log = logging.getLogger(__name__)

#: The identity a population run's saves and audit events are recorded under (at its EHR).
ACTOR_REF = "Device/smartapp-population-run"


@dataclass(frozen=True)
class RunActor:
    """Who saves a population run's reports: the app itself at the run's EHR (no user)."""

    id: str
    server_id: str
    iss: str
    fhir_user: str | None = ACTOR_REF


def _window(as_of: dt.date) -> Any:
    """The check's note window: from the orders read, the earliest note date that can count."""

    def since(resources: dict[str, dict]) -> dt.date | None:
        entries = [{"resource": r} for r in resources.values()
                   if r.get("resourceType") in ("Patient", "ServiceRequest")]  # fmt: skip
        return notes_window({"resourceType": "Bundle", "type": "collection", "entry": entries},
                            None, as_of=as_of)  # fmt: skip

    return since


def staged_record(client: FhirClient, resources: list[dict[str, Any]], as_of: dt.date) -> Any:
    """The record bundle and note texts from exported resources; notes in a lookback window
    are fetched through the client (the backend token), older ones listed as not fetched."""
    run = Retrieval(client, Progress())
    run.notes_since = _window(as_of)
    run.orders_pending = 1
    documents = []
    for resource in resources:
        if resource.get("resourceType") == "OperationOutcome":  # an unreadable export line
            for issue in resource.get("issue") or []:
                kind = (issue.get("expression") or ["Resource"])[0]
                run.warn(kind, str(issue.get("code") or "processing"),
                         str(issue.get("diagnostics") or ""))  # fmt: skip
        elif run.keep(resource) and resource.get("resourceType") == "DocumentReference":
            documents.append(resource)
    for document in documents:
        if document.get("content"):
            run.queue_note(document)  # held until the orders decide the window
    # The ordering clinician is outside the patient compartment, so not in a patient-level
    # export: read by id as a check reads it (its NPI is a checklist item).
    requester = ((choose_order(run.resources, None) or {}).get("requester") or {}).get("reference")
    parts = str(requester or "").split("/")
    if len(parts) >= 2 and parts[-2] == "Practitioner":
        run.submit(run.read, "Practitioner", parts[-1])
    run.orders_read()
    run.run_until_done()
    bundle = record_bundle(client.base_url, run.resources, run.binaries, run.warnings,
                           run.not_fetched)  # fmt: skip
    return bundle, run.texts, run.warnings


def _score(app: Flask, db: Any, run: PopulationRun, patient_id: str) -> tuple[str, Any]:
    """('scored', CheckRun) or ('no_checklist', None)."""
    client = backend_client(app, run.server_id)
    if run.since is None:
        staged = (db.query(PopulationResource.resource)
                  .filter_by(run_id=run.id, patient_id=patient_id)
                  .order_by(PopulationResource.id))  # fmt: skip
        bundle, texts, warnings = staged_record(client, [r for (r,) in staged], run.as_of)
    else:
        result = fetch_patient_record(client, patient_id, notes_since=_window(run.as_of))
        bundle, texts, warnings = result.bundle, result.texts, result.warnings
    try:  # names for pages, not ids (issue 18), as a check learns them
        remember_practitioners(bundle, db)
    except IntegrityError:  # another patient's task learnt the same clinician just now
        db.rollback()
    record = build_record(bundle, texts)
    try:
        chosen = choose_service(record, None, load_catalog())
    except InputError:
        return "no_checklist", None
    report = score_record(record, chosen, as_of=run.as_of)
    order = find_order(record, chosen[1])
    check = CheckRun(
        id=secrets.token_urlsafe(18), session_id=f"population:{run.id}"[:64],
        patient_ref=f"Patient/{patient_id}", order_ref=order.ref if order else None,
        as_of=run.as_of, status="done", report=report, progress={},
        counts={}, could_not_check=[w.__dict__ for w in warnings],
        patient_summary=patient_summary(bundle) or {}, run_by=None,
        record_refs=record_index(bundle), finished_at=utcnow(),
    )  # fmt: skip
    db.add(check)
    db.flush()
    return "scored", check


def _saved_before(db: Any, run_id: str, patient_id: str) -> SavedReport | None:
    """The report an earlier delivery of this task saved, if any (one result per patient)."""
    return (
        db.query(SavedReport)
        .join(CheckRun, SavedReport.run_id == CheckRun.id)
        .filter(CheckRun.session_id == f"population:{run_id}",
                CheckRun.patient_ref == f"Patient/{patient_id}")
        .first()
    )  # fmt: skip


def patient_task(app: Flask, run_id: str, patient_id: str) -> None:
    """Score one patient of a run (idempotent: a patient already done is left alone).

    Registered with 16a's interface at merge as ``population.patient`` (queue "bulk").
    """
    with app.app_context():
        db = get_session()
        run = db.get(PopulationRun, run_id)
        row = db.get(PopulationPatient, (run_id, patient_id))
        if run is None or row is None or row.status != "pending":
            return
        fields: dict[str, Any] = {}
        try:
            saved = _saved_before(db, run_id, patient_id)
            if run.status == "cancelled":
                fields = {"status": "skipped"}
            elif saved is not None:  # saved by a delivery that died before recording it
                fields = {"status": "scored", "state": saved.state,
                          "request_id": saved.request_id}  # fmt: skip
            else:
                outcome, check = _score(app, db, run, patient_id)
                fields = {"status": outcome}
                if check is not None:
                    actor = RunActor(id=f"population-{run_id}", server_id=run.server_id,
                                     iss=run.iss)  # fmt: skip
                    fields["request_id"] = store.save_run(db, actor, check,  # type: ignore[arg-type]
                                                          source="population")  # fmt: skip
                    fields["state"] = check.report["state"]
        except SmartAppError as error:
            log.warning("population patient failed: %s ref=%s", type(error).__name__,
                        error.support_id)  # fmt: skip
            fields = {"status": "failed", "error": error_fields(error)}
        except Exception as error:  # one bad record must not stop the run: name it, go on
            wrapped = SmartAppError("This patient's record could not be scored (an unexpected "
                                    "error; the record was not changed).")  # fmt: skip
            where = traceback.extract_tb(error.__traceback__)[-1]
            log.error("population patient crashed: %s at %s:%s ref=%s", type(error).__name__,
                      where.filename.rsplit("/", 1)[-1], where.lineno, wrapped.support_id)
            fields = {"status": "failed", "error": error_fields(wrapped)}
        db.rollback()
        db.query(PopulationResource).filter_by(run_id=run_id, patient_id=patient_id).delete()
        row = db.get(PopulationPatient, (run_id, patient_id))
        for name, value in fields.items():
            setattr(row, name, value)
        row.finished_at = utcnow()
        db.commit()
        finish_if_complete(db, run_id)
