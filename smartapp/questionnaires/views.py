"""The Questionnaire of each checklist at its canonical address; on a finished check, the
clinician's answers to what the record could not show (attestations) and the QuestionnaireResponse
as a download."""

from __future__ import annotations

import logging

from flask import Blueprint, Response, current_app, flash, g, jsonify, redirect, request, url_for

from ..checklists import load_catalog
from ..checklists.loader import Checklist
from ..checks.views import owned_run, render_run
from ..db import get_session
from ..errors import AttestationError, NotFoundError
from ..launch import current_launch, launch_required
from ..models import AppSession, CheckRun
from ..reports import audit
from ..reports.exporting import json_download
from . import attest
from .export import DEFAULT_BASE, prefilled_response, questionnaire_for

bp = Blueprint("questionnaires", __name__)
log = logging.getLogger(__name__)


def _base() -> str:
    return str(current_app.config.get("QUESTIONNAIRE_BASE") or DEFAULT_BASE)


@bp.get("/fhir/Questionnaire/<checklist_id>")
def questionnaire(checklist_id: str) -> Response:
    """Public: a checklist is the payer's published criteria in data form, no patient data."""
    checklist = load_catalog().checklists.get(checklist_id)
    if checklist is None:
        raise NotFoundError("No checklist has that id.")
    response = jsonify(questionnaire_for(checklist, _base()))
    response.mimetype = "application/fhir+json"
    return response


def _finished(run_id: str, launch: AppSession) -> tuple[CheckRun, Checklist]:
    run = owned_run(run_id, launch)
    if run.status != "done" or not run.report:
        raise NotFoundError("This check has no report yet.")
    checklist = attest.checklist_of(run.report)
    if checklist is None:
        raise NotFoundError("The checklist this check used is no longer in the catalog.")
    return run, checklist


def response_of(run: CheckRun, checklist: Checklist) -> dict:
    """The run's QuestionnaireResponse: pre-filled from the record (the engine's report, not a
    person's overrides), with the clinician's attestations."""
    answers = attest.attestation_dicts(attest.standing(get_session(), run.id))
    return prefilled_response(run.report or {}, checklist, _base(), answers)


@bp.post("/checks/<run_id>/attestations", endpoint="attest")
@launch_required
def attest_answers(run_id: str) -> Response:
    """Store the clinician's answers to the open items (all or nothing)."""
    launch = current_launch()
    run, checklist = _finished(run_id, launch)
    try:
        rows = attest.record(get_session(), launch, run, checklist, request.form.to_dict())
    except AttestationError as error:
        get_session().rollback()
        log.info("attestations refused: %d answers, ref=%s", len(error.errors), error.support_id)
        typed = {k: v for k, v in request.form.items() if k.startswith(attest.FIELD)}
        g.attestation_error = (error.errors, typed)
        return Response(render_run(launch, owned_run(run_id, launch)), status=400)
    flash(f"{len(rows)} answer{'s' if len(rows) != 1 else ''} saved as your attestation "
          f"({', '.join(r.item_id for r in rows)}). They go into the QuestionnaireResponse; the "
          "report still lists the items as missing from the record.", "success")  # fmt: skip
    return redirect(url_for("checks.show", run_id=run.id) + "#attest")



@bp.get("/checks/<run_id>/questionnaire-response.json")
@launch_required
def response_download(run_id: str) -> Response:
    launch = current_launch()
    run, checklist = _finished(run_id, launch)
    audit.record(launch, "export_questionnaire_response", patient_ref=run.patient_ref,
                 detail={"run": run.id})  # fmt: skip
    get_session().commit()
    name = f"questionnaire-response-{run.report['service']['code']}-{run.report['as_of']}.json"
    return json_download(response_of(run, checklist), name)
