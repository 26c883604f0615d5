"""The patient task of a population run: one patient's record, scored as a check scores it.

``patient_task(app, run_id, patient_id)`` rebuilds the patient's record from the staged export
(or, for an incremental run, reads it again over FHIR), fetches the note texts a lookback window
can reach with the backend token (the same :class:`~smartapp.fhir.retrieval.Retrieval`, note
window and "could not check" warnings as a check), then scores it through the check's own path
(``build_record`` → ``choose_service`` → ``score_record``) and saves the report as a tracked
request marked as found by the population run. A patient whose record fails is recorded as
failed, by id, with our message; the run goes on. The staged resources are deleted either way.
"""

from __future__ import annotations

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
from ..scoring import choose_service, score_record
from ..tasks import register
from .auth import backend_client
from .record import OPEN_ORDER, note_window, staged_record
from .runs import finish_if_complete
from .whole_types import lost

log = logging.getLogger(__name__)

#: Readiness states, worst first.
WORST = ("not_ready", "incomplete", "ready")
#: The identity a population run's saves and audit events are recorded under (at its EHR).
ACTOR_REF = "Device/smartapp-population-run"


@dataclass(frozen=True)
class RunActor:
    """Who saves a population run's reports: the app itself at the run's EHR (no user)."""

    id: str
    server_id: str
    iss: str
    fhir_user: str | None = ACTOR_REF


def checkable_codes(record: Any, catalog: Any) -> list[str]:
    """The CPT/HCPCS codes of the patient's draft or active orders that a CareSource checklist
    covers, newest order first: each is scored (a check scores the newest order only, but a
    population run must not miss an older checkable order behind a newer uncovered one)."""
    orders = sorted((o for o in record.orders if o.status in OPEN_ORDER),
                    key=lambda o: o.authored.isoformat() if o.authored else "", reverse=True)
    codes: list[str] = []
    for order in orders:
        for code in order.service_codes():
            if catalog.for_service(code.code) is not None and code.code not in codes:
                codes.append(code.code)
    return codes


def _score(app: Flask, db: Any, run: PopulationRun, patient_id: str) -> list[CheckRun]:
    """One finished CheckRun per checkable order (none: no order a checklist covers)."""
    client = backend_client(app, run.server_id)
    if run.since is None:
        staged = (db.query(PopulationResource.resource)
                  .filter_by(run_id=run.id, patient_id=patient_id)
                  .order_by(PopulationResource.id))  # fmt: skip
        failed, absent = lost(run.export_problems or [])
        bundle, texts, warnings = staged_record(client, [r for (r,) in staged], run.as_of,
                                                patient_id=patient_id, failed=failed,
                                                absent=tuple(absent))  # fmt: skip
    else:
        result = fetch_patient_record(client, patient_id, notes_since=note_window(run.as_of))
        bundle, texts, warnings = result.bundle, result.texts, result.warnings
    try:  # names for pages, not ids (issue 18), as a check learns them
        remember_practitioners(bundle, db)
    except IntegrityError:  # another patient's task learnt the same clinician just now
        db.rollback()
    catalog = load_catalog()
    checks = []
    for code in checkable_codes(build_record(bundle, texts), catalog):
        record = build_record(bundle, texts)  # fresh per checklist: scoring annotates it
        try:
            chosen = choose_service(record, code, catalog)
        except InputError:
            continue
        report = score_record(record, chosen, as_of=run.as_of)
        order = find_order(record, code)
        check = CheckRun(
            id=secrets.token_urlsafe(18), session_id=f"population:{run.id}"[:64],
            patient_ref=f"Patient/{patient_id}", requested_service=code,
            order_ref=order.ref if order else None, as_of=run.as_of, status="done",
            report=report, progress={}, counts={},
            could_not_check=[w.__dict__ for w in warnings],
            patient_summary=patient_summary(bundle) or {}, run_by=None,
            record_refs=record_index(bundle), finished_at=utcnow(),
        )  # fmt: skip
        db.add(check)
        checks.append(check)
    db.flush()
    return checks


def _saved_before(db: Any, run_id: str, patient_id: str) -> dict[str, SavedReport]:
    """Service code -> the report an earlier delivery of this task saved (one result each)."""
    rows = (
        db.query(SavedReport)
        .join(CheckRun, SavedReport.run_id == CheckRun.id)
        .filter(CheckRun.session_id == f"population:{run_id}",
                CheckRun.patient_ref == f"Patient/{patient_id}")
    )  # fmt: skip
    return {str((row.report.get("service") or {}).get("code")): row for row in rows}


def _save_all(db: Any, run: PopulationRun, checks: list[CheckRun],
              saved: dict[str, SavedReport]) -> list[dict[str, Any]]:  # fmt: skip
    """Save each scored order as a tracked request (those an earlier delivery saved are not
    saved again); returns the row's results."""
    actor = RunActor(id=f"population-{run.id}", server_id=run.server_id, iss=run.iss)
    results = []
    for check in checks:
        code = str(check.requested_service)
        state = check.report["state"]  # type: ignore[index]
        if code in saved:
            request_id = saved[code].request_id
        else:
            request_id = store.save_run(db, actor, check,  # type: ignore[arg-type]
                                        source="population")  # fmt: skip
        results.append({"service": code, "state": state, "request_id": request_id})
    return results


@register("population.patient")
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
            else:
                readable = run.since is not None or db.query(PopulationResource.id).filter_by(
                    run_id=run_id, patient_id=patient_id).first() is not None  # fmt: skip
                if saved and not readable:  # its staging is gone: what was saved is the result
                    results = [{"service": code, "state": report.state,
                                "request_id": report.request_id}
                               for code, report in saved.items()]  # fmt: skip
                else:
                    results = _save_all(db, run, _score(app, db, run, patient_id), saved)
                fields = {"status": "scored" if results else "no_checklist", "results": results}
                if results:  # the row's headline: the worst state, the newest order's request
                    fields["state"] = min((r["state"] for r in results), key=WORST.index)
                    fields["request_id"] = results[0]["request_id"]
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
