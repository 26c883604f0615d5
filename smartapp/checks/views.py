"""Blueprint ``checks``: the gap check a launch lands on, its progress, re-check and save.

``/patient`` shows the launched patient's current check: it starts one on the first visit, shows
progress while the record loads (the page polls ``/checks/<id>/progress``; without JavaScript it
refreshes itself), then the gap report. Every run belongs to the launch that started it; another
session asking for it gets "not found", never someone else's patient.
"""

from __future__ import annotations

import datetime as dt

from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)

from ..checklists import load_catalog
from ..db import get_session
from ..errors import InputError, NotFoundError
from ..identity import role_of
from ..launch import current_launch, launch_required
from ..launch.access import read_access
from ..launch.tokens import fhir_client_for
from ..models import AppSession, CheckRun, utcnow
from ..overrides import panel as overrides
from ..questionnaires import attest
from ..questionnaires.in_report import attested_report
from ..reports import audit, exporting, store
from . import present
from .patient import summary_of
from .runner import give_up_if_stale, running_run, start_run
from .wording import (
    REASON_WORDS,
    checklist_title,
    denial_words,
    plain,
    resource_words,
    topic_words,
)

bp = Blueprint("checks", __name__)
bp.add_app_template_filter(plain, "plain")
bp.add_app_template_filter(topic_words, "topic_words")
bp.add_app_template_global(resource_words)
bp.add_app_template_global(denial_words)
bp.add_app_template_global(checklist_title)
bp.add_app_template_global(REASON_WORDS, "REASON_WORDS")


def as_of_today() -> dt.date:
    """The scoring date: ``AS_OF`` when configured (demo and tests), else today (the one clock)."""
    configured = current_app.config.get("AS_OF")
    return dt.date.fromisoformat(configured) if configured else dt.date.today()


def supported_services() -> list[tuple[str, list[str]]]:
    """(checklist title, the CPT/HCPCS codes and ranges it covers), by title."""
    return sorted(
        (checklist.title, [entry for _, entry in checklist.applies_to.entries()])
        for checklist in load_catalog().checklists.values()
    )


def owned_run(run_id: str, launch: AppSession) -> CheckRun:
    run = get_session().get(CheckRun, run_id)
    if run is None or run.session_id != launch.id:
        raise NotFoundError("That check does not belong to this launch.")
    give_up_if_stale(get_session(), run, utcnow())
    return run


def latest_run(launch: AppSession) -> CheckRun | None:
    run = (
        get_session()
        .query(CheckRun)
        .filter(CheckRun.session_id == launch.id)
        .order_by(CheckRun.created_at.desc())
        .first()
    )
    if run is not None:
        give_up_if_stale(get_session(), run, utcnow())
    return run


def _read_patient(launch: AppSession) -> dict:
    """The launched Patient, read live: it proves the EHR still honours this session (a revoked
    or expired one ends here, before any stored report is shown) and keeps the banner current."""
    if "Patient" in read_access(launch.granted_scope).withheld:
        # Nothing to read: the check itself says what the grant lacks.
        return {"id": str(launch.patient_id), "name": "", "birth_date": None, "gender": None}
    client = fhir_client_for(current_app._get_current_object(), launch)  # type: ignore[attr-defined]
    return summary_of(client.get_json(f"Patient/{launch.patient_id}"))


def _start(launch: AppSession, service: str | None, summary: dict | None = None) -> str:
    return start_run(
        current_app._get_current_object(),  # type: ignore[attr-defined]
        get_session(),
        launch,
        as_of=as_of_today(),
        service=service,
        summary=summary or _read_patient(launch),
    )


@bp.get("/patient")
@launch_required
def patient() -> str | Response:
    """The launched patient's current check (started on the first visit)."""
    launch = current_launch()
    if not launch.patient_id:
        return redirect(url_for("reports.worklist"))
    summary = _read_patient(launch)  # the banner shows the chart as it is now
    run = latest_run(launch)
    if run is None:
        run = owned_run(_start(launch, None, summary), launch)
    return render_run(launch, run, summary)


@bp.get("/checks/<run_id>")
@launch_required
def show(run_id: str) -> str:
    launch = current_launch()
    return render_run(launch, owned_run(run_id, launch))


def shown_report(launch: AppSession, run: CheckRun) -> dict:
    """The run's report as people left it (overrides applied, attestations shown): what the
    downloads and the write-back carry, as the page shows it."""
    if not run.report:
        raise NotFoundError("This check has no report yet.")
    report = overrides.for_run(get_session(), launch, run)[0]
    return attested_report(report, attest.shown_on(get_session(), run.id, run.report))


def render_run(launch: AppSession, run: CheckRun, patient: dict | None = None) -> str:
    report, panel = None, None
    if run.status == "done" and run.report:
        audit.record_view(launch, run)
    if run.report:
        report, panel = overrides.for_run(get_session(), launch, run)
    return render_template(
        "checks/run.html",
        launch=launch,
        run=run,
        report=report,
        overrides=panel,
        patient=patient or run.patient_summary,
        arranged=present.arrange(report) if report else None,
        services=supported_services(),
        unreadable=read_access(launch.granted_scope).could_not_read(),
        role=role_of(launch),
        present=present,
        can_write_back=exporting.write_back_allowed(launch, run.patient_ref),
        attestations=attest.for_run(get_session(), launch, run),
    )


@bp.get("/checks/<run_id>/progress")
@launch_required
def progress(run_id: str) -> Response:
    """Polled by static/js/progress.js while a run is in flight."""
    run = owned_run(run_id, current_launch())
    return jsonify(status=run.status, progress=run.progress)


@bp.post("/checks")
@launch_required
def recheck() -> Response:
    """Re-fetch the record and score again (optionally for another service)."""
    launch = current_launch()
    service = (request.form.get("service") or "").strip().upper() or None
    if service is not None and load_catalog().for_service(service) is None:
        raise InputError(f"No CareSource checklist covers {service[:12]!r}; pick a listed code.")
    if running_run(get_session(), launch) is not None:
        # One running check per session and patient: a further click joins it.
        flash("A check of this patient is already running: here is its progress. "
              "Re-check again when it has finished.", "info")  # fmt: skip
    else:
        _start(launch, service)
    return redirect(url_for(".patient"))


@bp.get("/checks/<run_id>/report.<any(json, pdf):kind>")
@launch_required
def export(run_id: str, kind: str) -> Response:
    """The report as a download: JSON in the ``smartapp score`` schema, or a PDF (clean on
    paper: gaps first, with evidence and remedies)."""
    launch = current_launch()
    run = owned_run(run_id, launch)
    report = shown_report(launch, run)
    audit.record(launch, f"export_{kind}", patient_ref=run.patient_ref, detail={"run": run.id})
    get_session().commit()
    return exporting.report_download(report, kind)


@bp.post("/checks/<run_id>/writeback")
@launch_required
def writeback(run_id: str) -> Response:
    """Add the report's PDF to the patient's chart as a DocumentReference."""
    launch = current_launch()
    run = owned_run(run_id, launch)
    if not run.report:
        raise InputError("Only a finished check can be written to the chart.")
    document_id = exporting.write_back_report(launch, shown_report(launch, run))
    audit.record(launch, "write_back", patient_ref=run.patient_ref,
                 detail={"run": run.id, "document": document_id})  # fmt: skip
    get_session().commit()
    flash(f"The gap report was added to the chart (DocumentReference/{document_id}).", "success")
    return redirect(url_for(".show", run_id=run.id))


@bp.post("/checks/<run_id>/save")
@launch_required
def save(run_id: str) -> Response:
    """Save the report to the worklist (a tracked request for this patient and service)."""
    launch = current_launch()
    run = owned_run(run_id, launch)
    if not run.report:
        raise InputError("Only a finished check can be saved.")
    tracked = store.save_run(get_session(), launch, run)
    flash("Report saved. PA coordinators now see it in the worklist.", "success")
    return redirect(url_for("reports.request_page", request_id=tracked))
